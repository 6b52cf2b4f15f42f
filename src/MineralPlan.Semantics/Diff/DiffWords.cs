using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Diff;

/// <summary>The words of a 修改对照表 in Chinese (the default) or English (<c>--lang en</c>); plan text is never translated.</summary>
public sealed class DiffWords
{
    public static readonly DiffWords Zh = new(false);

    public static readonly DiffWords En = new(true);

    private DiffWords(bool english) => English = english;

    public bool English { get; }

    public static DiffWords For(Language language) => language == Language.En ? En : Zh;

    public string Added => English ? "added" : "新增";

    public string Removed => English ? "removed" : "删除";

    public string Changed => English ? "changed" : "修改";

    public string ParagraphAdded => English ? "paragraph added" : "新增段落";

    public string ParagraphChanged => English ? "paragraph changed" : "修改段落";

    public string ParagraphRemoved => English ? "paragraph removed" : "删除段落";

    public string Tightened => English ? "admission tightened" : "准入收紧";

    public string Loosened => English ? "admission loosened" : "准入放宽";

    public string Header => English ? "plan header" : "规划";

    public string Yes => English ? "yes" : "是";

    public string No => English ? "no" : "否";

    public string AreaDelta(bool up, string amount) => English
        ? $"area {(up ? "increased" : "decreased")} by {amount} km²"
        : $"面积{(up ? "增加" : "减少")} {amount} km²";

    public string Paragraph(string path, int n) => English ? $"{path}, paragraph {n}" : $"{path} 第{n}段";

    /// <summary>An item as the table names it: 指标“铁矿” / indicator “铁矿”.</summary>
    public string Item(string kind, string name)
    {
        var word = Schema.Words.Blocks.Find(kind);
        return English ? $"{word?.English ?? kind} “{name}”" : $"{word?.Chinese ?? kind}“{name}”";
    }

    /// <summary>A field under its DSL keyword (MinScale → 最低规模 / min_scale), else the model property's name.</summary>
    public string Field(string property)
    {
        var snake = string.Concat(property.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        var word = Schema.Words.Properties.Find(snake);
        return word is null ? property : English ? word.English.Replace('_', ' ') : word.Chinese;
    }

    /// <summary>A labelled entry of a list field: 组成（金属矿产） / parts (金属矿产).</summary>
    public string Entry(string field, string label) => English ? $"{field} ({label})" : $"{field}（{label}）";
}
