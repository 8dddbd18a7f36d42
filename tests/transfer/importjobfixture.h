#pragma once

#include "importfixture.h"
#include "importjob.h"

// What tst_importjob (tables, rows, refusals) and tst_importtypes (column types) share: the
// import fixture, and an import run to its end.
class ImportJobFixture : public ImportFixture
{
protected:
    rowbook::ImportJob::Result
    import(const QString &file, const QString &table, bool replace = false, bool header = true)
    {
        rowbook::ImportJob::Options options;
        options.filePath = file;
        options.table = table;
        options.replace = replace;
        options.header = header;
        rowbook::ImportJob job(m_info, options);
        return job.run();
    }
};
