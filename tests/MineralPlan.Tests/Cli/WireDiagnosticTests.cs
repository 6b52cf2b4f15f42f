using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Isolation;

namespace MineralPlan.Tests.Cli;

/// <summary>A finding a worker process sends keeps each argument, and an argument in both languages keeps both.</summary>
public sealed class WireDiagnosticTests
{
    private static readonly DiagnosticDescriptor Probe = new(
        "MP9999", DiagnosticSeverity.Warning, "Probe", "'{0}' expects {1} ({2})", "“{0}”应为{1}（{2}）");

    private static Diagnostic RoundTrip(Diagnostic sent)
    {
        var line = WorkerLine.Parse(new WorkerLine { Nonce = "n", Diagnostic = WireDiagnostic.From(sent) }.ToJson());
        return Assert.IsType<Diagnostic>(line!.Diagnostic!.ToDiagnostic(new Dictionary<string, DiagnosticDescriptor> { [Probe.Code] = Probe }));
    }

    [Fact]
    public void A_bilingual_argument_prints_in_each_language_after_the_trip()
    {
        var span = new SourceSpan("a.mplan", 10, 4, 2, 3, 2, 7);
        var back = RoundTrip(Diagnostic.Create(Probe, span, "年份", new Bilingual("a year", "年份值"), 3));
        Assert.Equal("'年份' expects a year (3)", back.Message(Language.En));
        Assert.Equal("“年份”应为年份值（3）", back.Message(Language.Zh));
        Assert.Equal((span, DiagnosticSeverity.Warning), (back.Span, back.Severity));
    }

    [Fact]
    public void Plain_arguments_travel_as_text_and_a_missing_one_stays_missing()
    {
        var back = RoundTrip(Diagnostic.Create(Probe, SourceSpan.None("a.mplan"), "x", null, 2.5m));
        Assert.Equal("'x' expects  (2.5)", back.Message(Language.En));
        Assert.Equal("“x”应为（2.5）", back.Message(Language.Zh));
        // Only a finding with a bilingual argument carries the Chinese column.
        Assert.DoesNotContain("rgsZh", new WorkerLine { Diagnostic = WireDiagnostic.From(Diagnostic.Create(Probe, SourceSpan.None("a"), "x", "y", "z")) }.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_the_host_does_not_know_is_dropped()
    {
        var wire = WireDiagnostic.From(Diagnostic.Create(Probe, SourceSpan.None("a"), "x", "y", "z"));
        Assert.Null(wire.ToDiagnostic(new Dictionary<string, DiagnosticDescriptor>()));
    }
}
