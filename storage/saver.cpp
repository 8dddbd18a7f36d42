#include "saver.h"

#include "saveworker.h"

namespace rowbook {

Saver::Saver(const DatabaseInfo &info, RetryPolicy policy, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<rowbook::SaveBatch>();
    qRegisterMetaType<rowbook::SaveOutcome>();
    m_thread.setObjectName(QStringLiteral("Rowbook save worker"));
    m_worker = new SaveWorker(info, policy, &m_abort);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SaveWorker::opened, this, &Saver::opened);
    connect(m_worker, &SaveWorker::started, this, &Saver::started);
    connect(m_worker, &SaveWorker::waiting, this, &Saver::waiting);
    connect(m_worker, &SaveWorker::finished, this, &Saver::finished);
    connect(m_worker, &SaveWorker::othersChecked, this, &Saver::othersChecked);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SaveWorker::open, Qt::QueuedConnection);
}

Saver::~Saver()
{
    m_abort = true;
    m_thread.quit();
    m_thread.wait();
}

void Saver::submit(const SaveBatch &batch)
{
    m_abort = false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, batch] { worker->save(batch); }, Qt::QueuedConnection);
}

void Saver::stopWaiting()
{
    m_abort = true;
}

void Saver::checkOthers()
{
    QMetaObject::invokeMethod(m_worker, &SaveWorker::checkOthers, Qt::QueuedConnection);
}

void Saver::forgetSchema()
{
    QMetaObject::invokeMethod(m_worker, &SaveWorker::forgetSchema, Qt::QueuedConnection);
}

void Saver::setBudget(int budgetMs)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, budgetMs] { worker->setBudget(budgetMs); },
        Qt::QueuedConnection);
}

} // namespace rowbook
