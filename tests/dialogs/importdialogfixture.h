#pragma once

#include "dialogsupport.h"
#include "importdialog.h"
#include "importfixture.h"

#include <QTableView>

// What tst_importdialog (choosing and importing) and tst_importdialogerrors (what stands in the
// way) share: the import fixture, and the preview's text.
class ImportDialogFixture : public ImportFixture
{
protected:
    static QString headerText(rowbook::ImportDialog &dialog, int column)
    {
        auto *view = dialogsupport::child<QTableView>(&dialog, "preview");
        return view->model()->headerData(column, Qt::Horizontal).toString();
    }

    static QString cell(rowbook::ImportDialog &dialog, int row, int column)
    {
        auto *view = dialogsupport::child<QTableView>(&dialog, "preview");
        return view->model()->index(row, column).data().toString();
    }
};
