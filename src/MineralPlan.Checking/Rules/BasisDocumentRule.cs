using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A document the plan cites in its 编制依据 carries its real number (DOMAIN.md C17: "every 《…》 cited
/// in 编制依据 resolves to a known plan/notice"). Brackets are compared loosely ([] 〔〕 ()), the
/// issuing prefix and the number strictly.
/// </summary>
public sealed class BasisDocumentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2012", DiagnosticSeverity.Error, "Cited document number is wrong",
        "{0} is numbered {1} here, but its number is {2}; correct the 文号",
        "{0}此处文号为 {1}，其实际文号为 {2}；请修正文号");

    /// <summary>Known documents: a phrase of the title → the number. Sources: DOMAIN.md §1.1 (with its URLs).</summary>
    private static readonly (string TitlePhrase, string Number)[] Known =
    [
        ("全面开展矿产资源规划", "自然资发〔2020〕43号"),
        ("市县级矿产资源总体规划编制要点", "自然资办发〔2020〕19号"),
        ("省级矿产资源总体规划编制技术规程", "自然资办发〔2020〕19号"),
        ("完善矿产资源规划实施管理有关事项", "自然资办发〔2024〕53号"),
    ];

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C17, §1.1 (自然资发〔2020〕43号; 自然资办发〔2020〕19号; 自然资办发〔2024〕53号)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var basis in context.Plan.Header.Basis)
        {
            if (basis.DocNo is not { } docNo)
            {
                continue;
            }

            foreach (var (phrase, number) in Known.Where(k => basis.Title.Contains(k.TitlePhrase, StringComparison.Ordinal)))
            {
                if (Normalise(docNo) != Normalise(number))
                {
                    var finding = Finding.At(Rule, basis.Span, basis.Title, basis.DocNo, number);
                    var at = Finding.NameSpan(context, basis.Span, docNo);
                    yield return at == basis.Span ? finding : finding.WithFix(Finding.Replace(at, number, $"Write the document number {number}", $"改为文号 {number}"));
                }
            }
        }
    }

    private static string Normalise(string number) =>
        number.Replace('[', '〔').Replace(']', '〕').Replace('（', '〔').Replace('）', '〕').Replace('(', '〔').Replace(')', '〕')
            .Replace(" ", string.Empty, StringComparison.Ordinal);
}
