using System.Globalization;
using MineralPlan.Fuzz;

// dotnet run -c Release --project tests/MineralPlan.Fuzz -- [--seed S] [--from I] [--inputs N] [--seconds T] [--out DIR]
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a, p => p.i + 1 < args.Length ? args[p.i + 1] : string.Empty, StringComparer.Ordinal);
long Option(string name, long fallback) => options.TryGetValue(name, out var v) && long.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : fallback;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "MineralPlanDsl.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
}

var seed = (int)Option("--seed", 1);
var report = Fuzzer.Run(root, seed, Option("--from", 0), Option("--inputs", 1_000_000), TimeSpan.FromSeconds(Option("--seconds", 86_400)),
    n => Console.Error.WriteLine($"{n} inputs..."));
var output = options.GetValueOrDefault("--out") ?? Path.Combine(Path.GetTempPath(), "mplan-fuzz-failures");
foreach (var failure in report.Failures.Take(50))
{
    Directory.CreateDirectory(output);
    var file = Path.Combine(output, $"seed{seed}-input{failure.Input}.mplan");
    File.WriteAllBytes(file, failure.Bytes);
    Console.WriteLine($"FAIL input {failure.Input} ({failure.Path}, saved as {file}): {failure.Reason}");
}

Console.WriteLine($"{report.Inputs} inputs in {report.Elapsed.TotalSeconds:F0} s ({report.PerSecond:F0}/s, {Environment.ProcessorCount} threads), seed {seed}: {report.Failures.Count} failures");
return report.Failures.Count == 0 ? 0 : 1;
