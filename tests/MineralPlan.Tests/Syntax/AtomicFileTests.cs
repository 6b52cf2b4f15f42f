using MineralPlan.Syntax.Files;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Syntax;

/// <summary>The one atomic writer (outputs, fmt and fix, the trust list, the script cache): whole or nothing, nothing left behind.</summary>
public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_that_fails_half_way_leaves_the_target_as_it_was_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var target = temp.Write("out/plan.md", "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("new, half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["plan.md"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_render_removes_the_stale_temporary_file_a_killed_run_left_and_keeps_a_fresh_one()
    {
        using var temp = new TempFolder();
        var stale = temp.Write("out/.skeleton.md.0123456789ab" + AtomicFile.TempSuffix, "half written");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - AtomicFile.Stale - TimeSpan.FromMinutes(1));
        var fresh = temp.Write("out/.skeleton.md.ba9876543210" + AtomicFile.TempSuffix, "being written");

        Assert.Equal(0, CliRunner.RunIn(temp.Path, "render", Repo.PathOf("plans/skeleton"), "-o", "out").ExitCode);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        Assert.StartsWith("#", File.ReadAllText(Path.Combine(temp.Path, "out/skeleton.md")), StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_temporary_file_takes_the_mode_set_before_the_rename()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "t.txt");

        AtomicFile.Write(target, "x"u8.ToArray(), t => File.SetUnixFileMode(t, UnixFileMode.UserRead));

        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(target));
        Assert.Equal("x", File.ReadAllText(target));
    }
}
