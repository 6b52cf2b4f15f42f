namespace MineralPlan.Tests.Infrastructure;

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mplan-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A temporary folder holding copies of the shipped plans <paramref name="names"/> under plans/ (all of plans/ when none are named).</summary>
    public static TempFolder WithPlans(params string[] names)
    {
        var temp = new TempFolder();
        var source = Repo.PathOf("plans");
        var folders = names.Length == 0 ? [source] : names.Select(n => System.IO.Path.Combine(source, n));
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)))
        {
            temp.Write(System.IO.Path.Combine("plans", System.IO.Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }

        return temp;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
