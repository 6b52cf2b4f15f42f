using MineralPlan.Fuzz;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Fuzzing;

/// <summary>
/// The standing guard: a short, seeded run of the fuzz harness (tests/MineralPlan.Fuzz) over the shipped
/// plans. Long runs: README "Fuzzing". A failure names the input number, which reproduces it alone.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261130;

    [Fact]
    public void A_minute_of_mutated_plans_through_every_stage_finds_no_crash_no_bad_span_and_no_fmt_change()
    {
        var report = Fuzzer.Run(Repo.Root, Seed, from: 0, inputs: 40_000, TimeSpan.FromSeconds(60));
        Assert.True(report.Inputs >= 1_000, $"only {report.Inputs} inputs ran");
        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Take(5).Select(f =>
            $"input {f.Input} ({f.Path}): {f.Reason} — reproduce: dotnet run -c Release --project tests/MineralPlan.Fuzz -- --seed {Seed} --from {f.Input} --inputs 1")));
    }

    [Fact]
    public void The_harness_reports_a_rule_crash_and_a_span_out_of_range()
    {
        var entry = Corpus.Load(Repo.Root).Entries.First(e => e.Path == "plans/skeleton/plan.mplan");
        Assert.Null(new Runner(Repo.Root).Run(entry, entry.Bytes));
        Assert.StartsWith("rule crashed: internal error in rule MP9999", new Runner(Repo.Root, [new PlantedRule(throws: true)]).Run(entry, entry.Bytes), StringComparison.Ordinal);
        Assert.StartsWith("span out of range: plans/skeleton/plan.mplan offset 100000", new Runner(Repo.Root, [new PlantedRule(throws: false)]).Run(entry, entry.Bytes), StringComparison.Ordinal);
    }

    private sealed class PlantedRule(bool throws) : MineralPlan.Checking.IRule
    {
        public MineralPlan.Abstractions.Diagnostics.DiagnosticDescriptor Descriptor { get; } = new("MP9999", MineralPlan.Abstractions.Diagnostics.DiagnosticSeverity.Error, "planted", "planted", "planted");

        public string Source => "a planted bug";

        public IEnumerable<MineralPlan.Abstractions.Diagnostics.Diagnostic> Check(MineralPlan.Checking.RuleContext context) => throws
            ? throw new InvalidOperationException("planted")
            : [MineralPlan.Abstractions.Diagnostics.Diagnostic.Create(Descriptor, new MineralPlan.Abstractions.Diagnostics.SourceSpan(context.Plan.Header.Span.File, 100_000, 1, 1, 1, 1, 2))];
    }
}
