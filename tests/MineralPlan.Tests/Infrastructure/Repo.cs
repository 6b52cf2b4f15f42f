namespace MineralPlan.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding MineralPlanDsl.sln) from the test binaries.</summary>
public static class Repo
{
    public static readonly string Root = Find();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "MineralPlanDsl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MineralPlanDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
