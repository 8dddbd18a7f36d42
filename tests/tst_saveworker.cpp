#include <QtTest>
class TestSaveWorker : public QObject { Q_OBJECT private Q_SLOTS: void placeholder() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(TestSaveWorker)
#include "tst_saveworker.moc"
