using System.Runtime.InteropServices;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax.Files;

/// <summary>
/// What a path names, asked of the file system without opening it: opening a FIFO blocks until someone
/// writes to it, and reading a device such as /dev/zero never ends. .NET has no public API for the file
/// type on Unix (FileAttributes only knows directories and links), so this asks stat(2) through the
/// runtime's own System.Native shim, whose FileStatus begins with Flags and Mode on every platform.
/// </summary>
public static class FileKind
{
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        Other,
    }

    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    // Flags, Mode, Uid and Gid are read (the shim's FileStatus begins with them); the size leaves room for every field
    // the shim writes (about 120 bytes).
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
    private static extern int Stat(byte[] utf8Path, out FileStatus status);

    /// <summary>The owner and group of <paramref name="path"/> (links followed); null where stat(2) cannot be asked (Windows) or the file is missing.</summary>
    public static (uint User, uint Group)? Owner(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            return Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), out var status) == 0 ? (status.Uid, status.Gid) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The kind of file <paramref name="path"/> names, following symbolic links.</summary>
    public static Kind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return ByExistence(path);
        }

        try
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(path + "\0");
            if (Stat(bytes, out var status) != 0)
            {
                return Kind.Missing;
            }

            return (status.Mode & TypeMask) switch
            {
                RegularType => Kind.Regular,
                DirectoryType => Kind.Directory,
                _ => Kind.Other,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return ByExistence(path);
        }
    }

    // Where stat(2) cannot be asked (Windows has no FIFOs named like files), existence is all there is to know.
    private static Kind ByExistence(string path) => Directory.Exists(path) ? Kind.Directory : File.Exists(path) ? Kind.Regular : Kind.Missing;

    /// <summary>
    /// Why <paramref name="path"/> may not be read as a data file (not a regular file, or larger than
    /// <paramref name="maxBytes"/>), in English and Chinese, to follow the file's name; null when it may.
    /// </summary>
    public static Bilingual? ReadProblem(string path, long maxBytes)
    {
        switch (Of(path))
        {
            case Kind.Missing:
                return new Bilingual("does not exist", "不存在");
            case Kind.Directory:
                return new Bilingual("is a folder, not a file", "是文件夹，不是文件");
            case Kind.Other:
                return new Bilingual("is not a regular file (a pipe, socket or device); copy the data into a file", "不是普通文件（管道、套接字或设备）；请把数据复制到文件中");
        }

        var length = new FileInfo(path).Length;
        return length > maxBytes
            ? new Bilingual($"is {length >> 20} MB, larger than the {maxBytes >> 20} MB this tool reads", $"大小为 {length >> 20} MB，超过本工具读取上限 {maxBytes >> 20} MB")
            : null;
    }
}
