using System.Buffers.Binary;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// Checks a shapefile's structure against the bytes actually present before the library reads it: the
/// library trusts the counts in each record (parts, points) and in the .dbf header and allocates for them,
/// so a header announcing billions of points would exhaust memory before failing. Walking the records costs
/// one pass over the record headers and never allocates for what the file announces. ESRI Shapefile Technical
/// Description (1998): big-endian file code 9994 and lengths in 16-bit words, little-endian record contents.
/// </summary>
internal static class ShapefileGuard
{
    private const int HeaderBytes = 100;

    /// <summary>Why the shapefile at <paramref name="shpPath"/> (with its .shx and .dbf) cannot be read, or null when its counts fit its bytes.</summary>
    public static Bilingual? Problem(string shpPath)
    {
        foreach (var extension in new[] { ".shx", ".dbf", ".prj", ".cpg" })
        {
            var sidecar = Path.ChangeExtension(shpPath, extension);
            if (File.Exists(sidecar) && Syntax.Files.FileKind.ReadProblem(sidecar, GisLayer.MaxFileBytes) is { } p)
            {
                return new Bilingual($"{Path.GetFileName(sidecar)} {p.En}", $"{Path.GetFileName(sidecar)} {p.Zh}");
            }
        }

        using var shp = File.OpenRead(shpPath);
        return Shp(shp) ?? Dbf(Path.ChangeExtension(shpPath, ".dbf"));
    }

    /// <summary>
    /// Walks the records reading only each record's header and the first bytes of its content (type and
    /// counts), so the check itself costs no more memory than one record's first 44 bytes.
    /// </summary>
    private static Bilingual? Shp(FileStream shp)
    {
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (shp.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes || BinaryPrimitives.ReadInt32BigEndian(header) != 9994)
        {
            return new Bilingual("not a shapefile: the .shp header is missing or its file code is not 9994", "不是 shapefile：缺少 .shp 文件头或文件代码不是 9994");
        }

        var declared = (long)BinaryPrimitives.ReadInt32BigEndian(header[24..]) * 2;
        if (declared > shp.Length || declared < HeaderBytes)
        {
            return new Bilingual($"the .shp header announces {declared} bytes but the file has {shp.Length}: it is truncated", $".shp 文件头声明 {declared} 字节，实际只有 {shp.Length} 字节：文件不完整");
        }

        Span<byte> head = stackalloc byte[8 + RecordHeadBytes];
        long offset = HeaderBytes;
        var record = 0;
        while (offset < declared)
        {
            record++;
            if (offset + 8 > declared)
            {
                return new Bilingual($"record {record} is cut off in its header", $"第 {record} 条记录头不完整");
            }

            shp.Position = offset;
            var read = shp.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var content = (long)BinaryPrimitives.ReadInt32BigEndian(head[4..]) * 2;
            if (content < 4 || offset + 8 + content > declared)
            {
                return new Bilingual($"record {record} announces {content} bytes, more than the file holds", $"第 {record} 条记录声明 {content} 字节，超出文件实际内容");
            }

            if (ContentProblem(head[8..(int)Math.Min(read, 8 + content)], content) is { } why)
            {
                return new Bilingual($"record {record}: {why.En}", $"第 {record} 条记录：{why.Zh}");
            }

            offset += 8 + content;
        }

        return null;
    }

    /// <summary>The part of a record's content that holds its type and counts (a polygon's: type, box, parts, points).</summary>
    private const int RecordHeadBytes = 44;

    /// <summary>The counts at the start of a record's content (<paramref name="head"/>) must fit the content's <paramref name="length"/> (Z and M values only add to it).</summary>
    private static Bilingual? ContentProblem(ReadOnlySpan<byte> head, long length)
    {
        var type = BinaryPrimitives.ReadInt32LittleEndian(head);
        var fits = type switch
        {
            0 => true,
            1 or 11 or 21 => length >= 20,
            8 or 18 or 28 => length >= 40 && Count(head, 36) is var n and >= 0 && 40 + (16 * n) <= length,
            3 or 5 or 13 or 15 or 23 or 25 or 31 => length >= 44
                && Count(head, 36) is var parts and >= 0 && Count(head, 40) is var points and >= 0
                && 44 + (4 * parts) + (16 * points) <= length,
            _ => false,
        };
        return fits ? null : type is 0 or 1 or 11 or 21 or 8 or 18 or 28 or 3 or 5 or 13 or 15 or 23 or 25 or 31
            ? new Bilingual($"it announces more parts or points than its {length} bytes hold", $"声明的部分或点数超出其 {length} 字节")
            : new Bilingual($"unknown shape type {type}", $"未知的几何类型 {type}");
    }

    private static long Count(ReadOnlySpan<byte> content, int at) => BinaryPrimitives.ReadInt32LittleEndian(content[at..]);

    /// <summary>dBASE III: record count (uint32 at 4), header length (uint16 at 8) and record length (uint16 at 10) must fit the file.</summary>
    private static Bilingual? Dbf(string dbfPath)
    {
        if (!File.Exists(dbfPath))
        {
            return null;
        }

        using var stream = File.OpenRead(dbfPath);
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12)
        {
            return new Bilingual("the .dbf header is cut off", ".dbf 文件头不完整");
        }

        var records = (long)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        var recordLength = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
        var needed = headerLength + (records * recordLength);
        return headerLength < 33 || needed > stream.Length
            ? new Bilingual($"the .dbf header announces {records} records of {recordLength} bytes, more than its {stream.Length} bytes hold", $".dbf 文件头声明 {records} 条、每条 {recordLength} 字节的记录，超出文件的 {stream.Length} 字节")
            : null;
    }
}
