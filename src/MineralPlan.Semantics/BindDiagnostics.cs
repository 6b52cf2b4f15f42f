using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics;

/// <summary>Codes MP1001-MP1099: binding names, values, units, minerals and references. See src/DIAGNOSTICS.md.</summary>
public static class BindDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownBlock = new(
        "MP1001", DiagnosticSeverity.Error, "Unknown block keyword",
        "'{0}' is not a block keyword here; use one of: {1}",
        "“{0}”不是此处可用的块关键字；可用：{1}");

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        "MP1002", DiagnosticSeverity.Error, "Unknown property",
        "'{0}' is not a property of {1}; use one of: {2}",
        "“{0}”不是{1}的属性；可用：{2}");

    public static readonly DiagnosticDescriptor DuplicateProperty = new(
        "MP1003", DiagnosticSeverity.Error, "Property given twice",
        "'{0}' is given more than once in this block; keep one",
        "本块中“{0}”出现了多次；请只保留一个");

    public static readonly DiagnosticDescriptor WrongValue = new(
        "MP1004", DiagnosticSeverity.Error, "Wrong kind of value",
        "'{0}' expects {1}; write it as in grammar/LANGUAGE.md",
        "“{0}”应为{1}；写法见 grammar/LANGUAGE.md");

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "MP1005", DiagnosticSeverity.Error, "Unresolved reference",
        "'{0}' does not name any item of this plan; check the id or declare the item",
        "“{0}”未指向本规划中的任何条目；请检查标识或先声明该条目");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "MP1006", DiagnosticSeverity.Error, "Duplicate id",
        "the id '{0}' is already used by another item; ids must be unique within a plan",
        "标识“{0}”已被其他条目使用；同一规划内标识必须唯一");

    public static readonly DiagnosticDescriptor UnknownWord = new(
        "MP1007", DiagnosticSeverity.Error, "Unknown word",
        "'{0}' is not a {1}; use one of: {2}",
        "“{0}”不是有效的{1}；可用：{2}");

    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "MP1008", DiagnosticSeverity.Error, "Unknown unit",
        "'{0}' is not a known unit; use e.g. 吨, 万吨, 立方米, 万立方米, km2, 亩, 个, %, 万元 (see grammar/LANGUAGE.md)",
        "“{0}”不是已知单位；可用如 吨、万吨、立方米、万立方米、km2、亩、个、%、万元（见 grammar/LANGUAGE.md）");

    public static readonly DiagnosticDescriptor UnknownMineral = new(
        "MP1009", DiagnosticSeverity.Warning, "Unknown mineral",
        "'{0}' is not in the mineral catalog; use a standard name or declare it with 矿种定义",
        "“{0}”不在矿种目录中；请使用标准名称，或用“矿种定义”声明");

    public static readonly DiagnosticDescriptor MissingProperty = new(
        "MP1011", DiagnosticSeverity.Error, "Missing property",
        "{0} needs '{1}'; add it",
        "{0}缺少“{1}”；请补充");

    public static readonly DiagnosticDescriptor PlanHeaderCount = new(
        "MP1012", DiagnosticSeverity.Error, "Plan header missing or repeated",
        "a plan folder needs exactly one 规划 (plan) block; found {0}",
        "一个规划文件夹必须且只能有一个“规划”块；实际有 {0} 个");

    public static readonly DiagnosticDescriptor BadInterpolation = new(
        "MP1013", DiagnosticSeverity.Error, "Bad interpolation",
        "'{{' opens a value reference that is not closed or is empty; write {{id}} or escape the brace as \\{{",
        "“{{”开始的取值引用未闭合或为空；请写成 {{标识}}，或用 \\{{ 表示字面括号");

    public static readonly DiagnosticDescriptor BadLabels = new(
        "MP1014", DiagnosticSeverity.Error, "Wrong labels",
        "{0} takes {1}; fix the words between the keyword and '{{'",
        "{0}的标签应为{1}；请修改关键字与“{{”之间的内容");

    public static readonly DiagnosticDescriptor PropertyOutsideBlock = new(
        "MP1015", DiagnosticSeverity.Error, "Property outside a block",
        "'{0}' is a property but stands outside any block; move it into the block it belongs to",
        "“{0}”是属性，但不在任何块内；请移入所属的块");

    public static readonly DiagnosticDescriptor UnknownField = new(
        "MP1016", DiagnosticSeverity.Error, "Unknown reference field",
        "'{0}' has no field '{1}'; use value, unit, name, or a part/label it declares",
        "“{0}”没有字段“{1}”；可用 value、unit、name 或其声明的组成标签");

    public static readonly DiagnosticDescriptor NoPlanFiles = new(
        "MP1017", DiagnosticSeverity.Error, "No plan files",
        "'{0}' holds no .mplan files; pass a plan folder (e.g. plans/kazuo)",
        "“{0}”中没有 .mplan 文件；请传入规划文件夹（如 plans/kazuo）")
    {
        UnreadableInput = true,
    };

    public static readonly DiagnosticDescriptor QuantityOutOfRange = new(
        "MP1019", DiagnosticSeverity.Error, "Quantity out of range",
        "'{0}' is outside the range this tool computes with (at most 10^15 and at least 10^-10 of the base unit: tonne, m³, km², yuan, one); check the number and its unit",
        "“{0}”超出本工具的计算范围（以吨、立方米、平方千米、元、个为基本单位，最大 10^15，最小 10^-10）；请检查数值及其单位");

    public static readonly DiagnosticDescriptor NoticeRepeated = new(
        "MP1020", DiagnosticSeverity.Error, "Notice repeated",
        "a plan is published by one 印发通知 (notice); merge this one into the first or remove it",
        "一个规划只有一份“印发通知”；请与第一份合并或删除本份");
}
