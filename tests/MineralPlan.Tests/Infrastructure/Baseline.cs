namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// Golden files. Expected output lives under tests/MineralPlan.Tests/Baselines/ and is reviewed like
/// code. Set MPLAN_UPDATE_BASELINES=1 (or run scripts: tests/update-baselines.sh) to accept new output.
/// </summary>
public static class Baseline
{
    public const string UpdateVariable = "MPLAN_UPDATE_BASELINES";

    public static void Match(string actual, string baselineName)
    {
        var relative = "tests/MineralPlan.Tests/Baselines/" + baselineName;
        var path = Repo.PathOf(relative);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"Baseline {relative} does not exist. Run tests/update-baselines.sh (or set {UpdateVariable}=1) and review the new file.\n--- actual ---\n{actual}");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var actualPath = path + ".actual";
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"Output differs from baseline {relative}.\nSee: diff {relative} {relative}.actual\nAccept with: tests/update-baselines.sh\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"first difference at line {i + 1}:\n- expected: {el}\n+ actual:   {al}";
            }
        }

        return string.Empty;
    }
}
