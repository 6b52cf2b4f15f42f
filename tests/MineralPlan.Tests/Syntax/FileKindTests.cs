using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Files;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Syntax;

/// <summary>FileKind: what a path names, asked without opening it, and why it may not be read, in both languages.</summary>
public sealed class FileKindTests
{
    [Fact]
    public void Files_folders_and_missing_paths_are_told_apart()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.mplan", "x");
        Assert.Equal(FileKind.Kind.Regular, FileKind.Of(file));
        Assert.Equal(FileKind.Kind.Directory, FileKind.Of(temp.Path));
        Assert.Equal(FileKind.Kind.Missing, FileKind.Of(Path.Combine(temp.Path, "none.mplan")));
        Assert.Equal(FileKind.Kind.Missing, FileKind.Of(Path.Combine(file, "below-a-file")));
    }

    [SkippableFact]
    public void A_device_and_a_pipe_are_other_and_refused_without_being_opened()
    {
        Skip.If(OperatingSystem.IsWindows(), "no /dev/zero or named pipes in the file system on Windows");
        Assert.Equal(FileKind.Kind.Other, FileKind.Of("/dev/zero"));
        using var temp = new TempFolder();
        var fifo = Path.Combine(temp.Path, "pipe.mplan");
        Skip.IfNot(ExternalProcess.OnPath("mkfifo"), "mkfifo is not installed");
        Assert.Equal(0, ExternalProcess.Run("mkfifo", [fifo], temp.Path, TimeSpan.FromSeconds(10)).Code);
        Assert.Equal(FileKind.Kind.Other, FileKind.Of(fifo));
        var problem = FileKind.ReadProblem(fifo, 1 << 20);
        Assert.Equal(new Bilingual("is not a regular file (a pipe, socket or device); copy the data into a file", "不是普通文件（管道、套接字或设备）；请把数据复制到文件中"), problem);
    }

    [Fact]
    public void The_reasons_not_to_read_are_named_in_both_languages()
    {
        using var temp = new TempFolder();
        Assert.Equal(new Bilingual("does not exist", "不存在"), FileKind.ReadProblem(Path.Combine(temp.Path, "none"), 1 << 20));
        Assert.Equal(new Bilingual("is a folder, not a file", "是文件夹，不是文件"), FileKind.ReadProblem(temp.Path, 1 << 20));
    }

    [Fact]
    public void A_file_is_too_large_only_beyond_the_limit_and_both_sizes_are_in_MB()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "big.geojson");
        using (var stream = File.Create(path))
        {
            stream.SetLength(3L << 20);
        }

        Assert.Null(FileKind.ReadProblem(path, 3L << 20));   // exactly at the limit
        Assert.Equal(new Bilingual("is 3 MB, larger than the 2 MB this tool reads", "大小为 3 MB，超过本工具读取上限 2 MB"), FileKind.ReadProblem(path, 2L << 20));
        Assert.NotNull(FileKind.ReadProblem(path, (3L << 20) - 1));
    }
}
