using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax;

/// <summary>Codes MP0001-MP0099: reading and parsing. Catalogued in src/DIAGNOSTICS.md.</summary>
public static class SyntaxDiagnostics
{
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "MP0001", DiagnosticSeverity.Error, "Syntax error",
        "syntax error: {0}; check the punctuation near this position (blocks are `keyword label {{ ... }}`, properties are `key: value`)",
        "语法错误：{0}；请检查此处附近的标点（块写作 `关键字 标签 {{ ... }}`，属性写作 `键: 值`）");

    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "MP0002", DiagnosticSeverity.Error, "Unexpected character",
        "unexpected character '{0}'; put free text inside double quotes",
        "意外的字符“{0}”；自由文本请放在英文双引号中");

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "MP0003", DiagnosticSeverity.Error, "Unreadable input",
        "cannot read '{0}': {1}",
        "无法读取“{0}”：{1}")
    {
        UnreadableInput = true,
    };

    public static readonly DiagnosticDescriptor ConvertedEncoding = new(
        "MP0004", DiagnosticSeverity.Warning, "File is not UTF-8",
        "the file is encoded as {0}, not UTF-8; it was read as {0}; save it as UTF-8 to silence this warning",
        "文件编码为 {0} 而非 UTF-8，已按 {0} 读取；请另存为 UTF-8 以消除此警告");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "MP0005", DiagnosticSeverity.Error, "Nesting too deep",
        "blocks and lists are nested more than {0} levels deep; flatten the structure",
        "块或列表嵌套超过 {0} 层；请减少嵌套");

    public static readonly DiagnosticDescriptor BinaryFile = new(
        "MP0006", DiagnosticSeverity.Error, "Not a text file",
        "the file contains NUL bytes and is not plan text; pass a folder of .mplan files",
        "文件包含 NUL 字节，不是规划文本；请传入 .mplan 文件所在的文件夹")
    {
        UnreadableInput = true,
    };

    public static readonly DiagnosticDescriptor BadNumber = new(
        "MP0007", DiagnosticSeverity.Error, "Number out of range",
        "the number '{0}' cannot be represented; write at most 28 significant digits",
        "数字“{0}”无法表示；最多写 28 位有效数字");

    public static readonly DiagnosticDescriptor UnterminatedText = new(
        "MP0008", DiagnosticSeverity.Error, "Unterminated text",
        "text starting here has no closing double quote on the same line; add the closing \"",
        "此处开始的文本在同一行内缺少结束的英文双引号；请补上 \"");

    public static readonly DiagnosticDescriptor OutsideWorkspace = new(
        "MP0011", DiagnosticSeverity.Error, "Plan file outside the workspace",
        "'{0}' is a link that leads outside the workspace, so it is not read; put the plan text itself in the plan folder",
        "“{0}”是指向工作区之外的链接，不予读取；请把规划文本本身放在规划文件夹中")
    {
        UnreadableInput = true,
    };

    public static readonly DiagnosticDescriptor NotRegularFile = new(
        "MP0009", DiagnosticSeverity.Error, "Not a regular file",
        "'{0}' {1}; plan text must be in regular .mplan files",
        "“{0}”{1}；规划文本必须保存在普通 .mplan 文件中")
    {
        UnreadableInput = true,
    };

    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "MP0010", DiagnosticSeverity.Error, "Control character",
        "the control character U+{0} cannot appear in plan text (it is invisible and breaks Word and XML output); delete it",
        "规划文本中不能出现控制字符 U+{0}（不可见，且会破坏 Word 和 XML 输出）；请删除");
}
