namespace MineralPlan.Fuzz;

/// <summary>The seeds: every .mplan file of the shipped plans, each with the header file of its plan so a chapter alone still compiles as a plan.</summary>
public sealed record Corpus(IReadOnlyList<Corpus.Entry> Entries)
{
    public sealed record Entry(string Plan, string Path, byte[] Bytes, string? HeaderPath, string? HeaderText);

    public static Corpus Load(string repoRoot)
    {
        var entries = new List<Entry>();
        var plans = Path.Combine(repoRoot, "plans");
        foreach (var folder in Directory.EnumerateDirectories(plans, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(folder, "*.mplan").Order(StringComparer.Ordinal).ToList();
            var header = files.FirstOrDefault(f => File.ReadAllText(f).Contains("规划 ", StringComparison.Ordinal) && File.ReadAllText(f).Contains("级别", StringComparison.Ordinal));
            foreach (var file in files)
            {
                var display = System.IO.Path.GetRelativePath(repoRoot, file).Replace('\\', '/');
                var headerDisplay = header is null || header == file ? null : System.IO.Path.GetRelativePath(repoRoot, header).Replace('\\', '/');
                entries.Add(new Entry(System.IO.Path.GetRelativePath(repoRoot, folder), display, File.ReadAllBytes(file), headerDisplay, headerDisplay is null ? null : File.ReadAllText(header!)));
            }
        }

        return new Corpus(entries);
    }
}
