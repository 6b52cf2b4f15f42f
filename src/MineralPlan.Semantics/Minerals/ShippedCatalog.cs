using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax;

namespace MineralPlan.Semantics.Minerals;

/// <summary>Loads the mineral catalog shipped as data (Catalog/minerals.mplan, written in the DSL itself).</summary>
public static class ShippedCatalog
{
    private static readonly Lazy<MineralCatalog> Instance = new(Load);

    public static MineralCatalog Minerals => Instance.Value;

    public static MineralCatalog FromText(string text, string path, DiagnosticBag diagnostics)
    {
        var parsed = PlanParser.Parse(text, path);
        diagnostics.AddRange(parsed.Diagnostics);
        var binder = new ItemBinder(parsed.Source, new MineralCatalog([]), diagnostics);
        var entries = parsed.Document.Members
            .OfType<MineralPlan.Syntax.Tree.BlockSyntax>()
            .Where(b => Words.Blocks.Canonical(b.Keyword.Text) == "mineral")
            .Select(b => binder.Bind("mineral", b))
            .OfType<MineralEntry>();
        return new MineralCatalog(entries);
    }

    private static MineralCatalog Load()
    {
        const string name = "MineralPlan.Semantics.Catalog.minerals.mplan";
        using var stream = typeof(ShippedCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        var diagnostics = new DiagnosticBag();
        var catalog = FromText(reader.ReadToEnd(), "(catalog)/minerals.mplan", diagnostics);
        if (diagnostics.HasErrors)
        {
            // A build-time data defect, caught by the catalog test; never a user's input problem.
            throw new InvalidOperationException("the shipped mineral catalog has errors: " +
                string.Join("; ", diagnostics.ToImmutable().Select(d => d.Span + " " + d.Message(Language.En))));
        }

        return catalog;
    }
}
