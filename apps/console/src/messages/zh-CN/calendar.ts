// zh-CN: the working-day calendar.
export const calendar = {
  'calendar.years': '已载入的年度',
  'calendar.yearLoaded': '{year} 年：已载入 {count} 天',
  'calendar.yearPartial': '{year} 年：未完整载入（已单独设置 {count} 天）',
  'calendar.confirmWhole': '确认本年度安排已完整',
  'calendar.confirmWholeHint':
    '将以当前 {year} 年的全部设置作为该年度的完整安排载入。确认国务院办公厅通知中的节假日和调休工作日均已设置？',
  'calendar.yearMissing': '{year} 年：未载入',
  'calendar.missingWarning':
    '{year} 年的节假日和调休工作日尚未载入：涉及该年的异议、信用修复、案件办理和考核反馈期限暂按普通周末计算，载入后自动重新计算。',
  'calendar.recountHint':
    '载入或更正日历后，异议、信用修复、案件办理和考核反馈中尚未办结事项的期限按新日历自动重新计算，并记入各自的审计日志。',
  'calendar.yearDays': '{year} 年的节假日与调休',
  'calendar.none': '该年度尚未载入任何节假日或调休工作日',
  'calendar.date': '日期',
  'calendar.kind': '类型',
  'calendar.name': '名称',
  'calendar.removeConfirm': '删除 {date} 的设置？该日将按普通周末规则计算。',
  'calendar.removedName': '恢复普通',
  'calendar.add': '载入节假日或调休工作日',
  'calendar.namePlaceholder': '如：春节',
  'calendar.dates': '日期',
  'calendar.datesHint': '每行一个日期，或用“~”“至”表示连续日期，如 2027-02-06~2027-02-13',
  'calendar.invalid': '无法识别的日期：{dates}',
  'calendar.preview': '将载入 {count} 天（{first} 至 {last}）',
  'calendar.submit': '载入',
  'calendar.csvTitle': '从CSV文件导入{year}年度安排',
  'calendar.csvHint':
    '每行一天：日期,类型,名称（类型写“休”或“班”，如 2027-02-06,休,春节）；导入将整体替换该年度已载入的安排。',
  'calendar.csvChoose': '选择CSV文件',
  'calendar.csvInvalid': '第{lines}行无法识别（日期须在该年度内，类型为休或班，名称不能为空）',
  'calendar.csvPreview': '{file}：共{count}天，将替换{year}年度安排',
  'calendar.csvConfirm': '确定用该文件整体替换{year}年度的节假日安排？',
  'calendar.csvSubmit': '导入并替换',
  'calendar.csvLoaded': '已载入{year}年度安排，共{count}天',
  'calendar.loaded': '已设置 {count} 天',
} as const;
