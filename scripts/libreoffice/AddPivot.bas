REM Opens a workbook, adds a pivot table (DataPilot) counting 活动内容 by 工作类别 over
REM 活动安排!A1:E8 on a new sheet 透视表, and saves it as .xlsm (Calc's "MS Excel 2007 VBA XML").
REM Run by scripts/make-writer-fixtures.sh through soffice --headless "macro:///…".
Sub AddPivot(inUrl As String, outUrl As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, load())
  sheets = doc.Sheets
  sheets.insertNewByName("透视表", sheets.Count)
  target = sheets.getByName("透视表")
  pilots = target.DataPilotTables
  descriptor = pilots.createDataPilotDescriptor()
  Dim source As New com.sun.star.table.CellRangeAddress
  source.Sheet = 0
  source.StartColumn = 0
  source.StartRow = 0
  source.EndColumn = 4
  source.EndRow = 7
  descriptor.SourceRange = source
  groupField = descriptor.DataPilotFields.getByIndex(2)
  groupField.Orientation = com.sun.star.sheet.DataPilotFieldOrientation.ROW
  countField = descriptor.DataPilotFields.getByIndex(1)
  countField.Orientation = com.sun.star.sheet.DataPilotFieldOrientation.DATA
  countField.Function = com.sun.star.sheet.GeneralFunction.COUNT
  Dim at As New com.sun.star.table.CellAddress
  at.Sheet = sheets.Count - 1
  at.Column = 0
  at.Row = 0
  pilots.insertNewByName("活动透视", at, descriptor)
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "Calc MS Excel 2007 VBA XML"
  doc.storeToURL(outUrl, store())
  doc.close(True)
End Sub
