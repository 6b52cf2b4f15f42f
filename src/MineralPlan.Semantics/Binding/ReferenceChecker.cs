using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics.Binding;

/// <summary>
/// After all files are bound: ids unique, every local reference resolves. References into other
/// plans (<c>上级.x</c>, <c>parent.x</c>, <c>planid.x</c>) are the cross-level checker's business.
/// </summary>
public static class ReferenceChecker
{
    internal static void Check(Plan plan, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, PlanItem>(StringComparer.Ordinal);
        foreach (var item in plan.Items.Where(i => i.Id is not null))
        {
            if (item.Id is { } id && !seen.TryAdd(id, item))
            {
                diagnostics.Add(BindDiagnostics.DuplicateId, item.Span, item.Id);
            }
        }

        foreach (var text in Texts(plan))
        {
            foreach (var hole in text.Pieces.OfType<TextHole>())
            {
                CheckValue(plan, hole.Reference, diagnostics);
            }
        }

        foreach (var fact in plan.OfType<Fact>())
        {
            foreach (var r in new[] { fact.Numerator, fact.Denominator }.OfType<Reference>())
            {
                CheckValue(plan, r, diagnostics);
            }
        }

        foreach (var table in plan.OfType<PlanTable>())
        {
            foreach (var reference in table.Rows.SelectMany(r => r).Select(c => c.Reference).OfType<Reference>())
            {
                CheckValue(plan, reference, diagnostics);
            }
        }

        foreach (var reference in plan.OfType<PlanTable>().SelectMany(t => t.Selection))
        {
            if (plan.FindItem(reference.Text) is null)
            {
                diagnostics.Add(BindDiagnostics.UnresolvedReference, reference.Span, reference.Text);
            }
        }

        foreach (var insertion in Insertions(plan.Document))
        {
            var target = plan.FindItem(insertion.Target.Text);
            if (target is not (PlanTable or Figure))
            {
                diagnostics.Add(BindDiagnostics.UnresolvedReference, insertion.Target.Span, insertion.Target.Text);
            }
        }

        foreach (var acceptance in plan.OfType<Acceptance>())
        {
            if (acceptance.Target is { } t && IsLocal(plan, t) && plan.FindItem(t.Parts[0]) is null)
            {
                diagnostics.Add(BindDiagnostics.UnresolvedReference, t.Span, t.Text);
            }
        }
    }

    public static bool IsLocal(Plan plan, Reference reference) =>
        reference.Parts.Length == 1 || Schema.Words.FindUpward(reference.Parts[0]) is null || plan.FindItem(reference.Parts[0]) is not null;

    private static void CheckValue(Plan plan, Reference reference, DiagnosticBag diagnostics)
    {
        if (!IsLocal(plan, reference))
        {
            return;
        }

        var result = ValueLookup.Lookup(plan, reference);
        if (result.Item is null && !result.Found)
        {
            diagnostics.Add(BindDiagnostics.UnresolvedReference, reference.Span, reference.Text);
        }
        else if (!result.Found)
        {
            // An item found without the value names the field it lacks (ValueLookup's Missing).
            diagnostics.Add(BindDiagnostics.UnknownField, reference.Span, reference.Parts[0], result.MissingField);
        }
    }

    public static IEnumerable<InterpolatedText> Texts(Plan plan) =>
        Paragraphs(plan.Document).Select(p => p.Text)
            .Concat(plan.Notice?.Paragraphs ?? [])
            .Concat(plan.OfType<PlanTable>().SelectMany(t => t.Notes))
            .Concat(plan.OfType<PlanTable>().SelectMany(t => t.Rows.SelectMany(r => r)).Select(c => c.Template).OfType<InterpolatedText>());

    public static IEnumerable<Paragraph> Paragraphs(IEnumerable<DocumentNode> nodes) =>
        nodes.SelectMany(n => n switch
        {
            Paragraph p => [p],
            Heading h => Paragraphs(h.Content),
            _ => Enumerable.Empty<Paragraph>(),
        });

    /// <summary>Every table or figure placed in the text (插入), at any depth.</summary>
    public static IEnumerable<Insertion> Insertions(IEnumerable<DocumentNode> nodes) =>
        nodes.SelectMany(n => n switch
        {
            Insertion i => [i],
            Heading h => Insertions(h.Content),
            _ => Enumerable.Empty<Insertion>(),
        });
}
