namespace MineralPlan.Tests.Infrastructure;

/// <summary>The plan folders shipped in plans/ (every folder holding .mplan files).</summary>
public static class Plans
{
    public static IEnumerable<string> Folders() =>
        Directory.EnumerateDirectories(Repo.PathOf("plans"), "*", SearchOption.AllDirectories)
            .Where(d => Directory.EnumerateFiles(d, "*.mplan").Any())
            .Select(d => Path.GetRelativePath(Repo.Root, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> FolderData()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Folders())
        {
            data.Add(folder);
        }

        return data;
    }

    public static TheoryData<string> FileData()
    {
        var data = new TheoryData<string>();
        foreach (var file in Folders().SelectMany(f => Directory.EnumerateFiles(Repo.PathOf(f), "*.mplan")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        }

        return data;
    }
}
