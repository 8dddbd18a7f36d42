#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QVariant>
#include <QVector>

namespace rowbook {

// Reads a SQLite file page by page, following the documented file format
// (sqlite.org/fileformat2.html) instead of the library, so that rows can be read from a file
// that SQLite itself refuses. Never writes: the file is opened read-only and memory-mapped.
// Every offset read from the file is bounds-checked; a malformed page or cell is reported as
// invalid, never trusted.
class PageReader
{
public:
    enum PageType : quint8 {
        IndexInterior = 0x02,
        TableInterior = 0x05,
        IndexLeaf = 0x0a,
        TableLeaf = 0x0d,
    };

    // The b-tree page header (8 bytes on leaf pages, 12 on interior pages).
    struct BtreePage
    {
        quint32 number = 0;
        quint8 type = 0; // 0 when the page is not a valid b-tree page
        QVector<quint16> cellOffsets;
        quint32 rightChild = 0; // interior pages only
        bool isValid() const { return type != 0; }
    };

    // One row of a table leaf page: its rowid and decoded values (NULL, qint64, double, QString
    // or QByteArray for BLOBs). overflowPages lists the pages its payload continues on.
    struct Cell
    {
        qint64 rowid = 0;
        QVector<QVariant> values;
        QVector<quint32> overflowPages;
    };

    // A child pointer of a table interior page: rows with rowid <= key live under `child`.
    struct ChildPointer
    {
        quint32 child = 0;
        qint64 key = 0;
    };

    explicit PageReader(const QString &path);

    // False (with error()) when the file cannot be read or holds no recognisable pages.
    bool open();
    QString error() const { return m_error; }

    int pageSize() const { return m_pageSize; }
    quint32 pageCount() const { return m_pageCount; } // whole pages in the file
    bool headerIsValid() const { return m_headerValid; }

    // An invalid page when the number is 0, beyond the end of the file, or not a b-tree page.
    BtreePage btreePage(quint32 number) const;

    // Cells of a table leaf page that decode cleanly; bad cells are counted in *skipped.
    QVector<Cell> tableLeafCells(const BtreePage &page, int *skipped = nullptr) const;
    // Child pointers of a table interior page, in key order; the right child gets key max.
    QVector<ChildPointer> tableInteriorChildren(const BtreePage &page) const;
    // Left children and right child of an index interior page.
    QVector<quint32> indexInteriorChildren(const BtreePage &page) const;

    // Trunk and leaf pages of the freelist, as far as it can be followed.
    QVector<quint32> freelistPages() const;

private:
    const uchar *pageData(quint32 number) const;
    int headerOffset(quint32 number) const { return number == 1 ? 100 : 0; }
    int usableSize() const { return m_pageSize - m_reserved; }
    bool readPayload(const uchar *cell,
                     int cellBytes,
                     qint64 payloadSize,
                     QByteArray *payload,
                     QVector<quint32> *overflow) const;
    bool decodeRecord(const QByteArray &payload, QVector<QVariant> *values) const;
    int guessPageSize() const;

    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    int m_pageSize = 0;
    int m_reserved = 0;
    int m_encoding = 1; // 1 UTF-8, 2 UTF-16le, 3 UTF-16be
    quint32 m_pageCount = 0;
    bool m_headerValid = false;
    QString m_error;
};

} // namespace rowbook
