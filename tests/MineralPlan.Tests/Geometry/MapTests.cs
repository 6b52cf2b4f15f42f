using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using MineralPlan.Rendering.Maps;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics;
using MineralPlan.Tests.Infrastructure;
using static MineralPlan.Tests.Geometry.SpatialCheck;

namespace MineralPlan.Tests.Geometry;

/// <summary>Maps of zones and blocks (附图) as SVG and PNG, and in the rendered documents.</summary>
public sealed class MapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SpatialPlan Example()
    {
        var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(Repo.PathOf("plans/examples/county"), Repo.Root)!;
        return SpatialPlan.Read(compilation.Plan!, Repo.PathOf("plans/examples/county"), compilation.FindSource);
    }

    [Fact]
    public void The_layout_map_of_the_example_county_matches_its_golden_svg()
    {
        var map = PlanMaps.Draw(Example(), MapKind.Layout, "示范县矿产资源勘查开发保护总体布局图")!;
        Baseline.Match(map.Svg, "maps/examples_county.layout.svg");
    }

    [Fact]
    public void Each_shown_zone_is_one_even_odd_path_with_its_label_and_the_legend_names_each_kind()
    {
        var spatial = Example();
        var map = PlanMaps.Draw(spatial, MapKind.Layout, "布局图")!;
        var svg = XDocument.Parse(map.Svg).Root!;
        var paths = svg.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("id"))?.StartsWith("f-", StringComparison.Ordinal) == true).ToList();
        var zones = spatial.Items.Where(i => i.Item is MineralPlan.Semantics.Model.Zone && i.Boundary.IsValid).Select(i => "f-" + i.Item.Id).ToList();
        Assert.Equal(zones, paths.Select(p => (string)p.Attribute("id")!));
        Assert.All(paths, p => Assert.Equal("evenodd", (string?)p.Attribute("fill-rule")));
        var labels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "labels").Elements(Svg + "text").Select(t => t.Value);
        Assert.Equal(zones.Select(z => z[2..]), labels);
        Assert.Equal([new MapLegendEntry("集中开采区", "#fee391")], map.Legend);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "集中开采区");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.EndsWith(" km", StringComparison.Ordinal));
        Assert.Single(svg.Descendants(Svg + "path"), p => (string?)p.Attribute("id") == "region");
    }

    [Fact]
    public void A_block_with_a_hole_keeps_its_hole_open_in_the_svg_and_the_png()
    {
        var plan = Compile.Text(ZoneHeader + $$"""
            区块 H "带孔" { 类型: 开采 边界: [{{Box(40495000, 4495000, 40505000, 4505000)}}, 挖空 = {{Box(40499000, 4499000, 40501000, 4501000)}}] }
            """).Plan!;
        var map = PlanMaps.Draw(SpatialPlan.Read(plan, Repo.Root, _ => null), MapKind.Blocks, "区块图")!;
        var path = XDocument.Parse(map.Svg).Descendants(Svg + "path").Single(p => (string?)p.Attribute("id") == "f-H");
        Assert.Equal(2, ((string)path.Attribute("d")!).Count(c => c == 'M'));

        var (width, height, pixels) = DecodePng(map.Png);
        Assert.Equal((1000, 700), (width, height));
        // The region is 20 km square around the block: the map is centred, so the hole is at the map's centre.
        var centre = Pixel(pixels, width, 30 + 380, 60 + 300);
        var filled = Pixel(pixels, width, 30 + 380 - 100, 60 + 300);
        Assert.Equal((255, 255, 255), centre);
        var expected = Blend("#fb6a4a");
        Assert.True(Math.Abs(expected.Item1 - filled.Item1) <= 2 && Math.Abs(expected.Item2 - filled.Item2) <= 2 && Math.Abs(expected.Item3 - filled.Item3) <= 2, $"{filled} vs {expected}");
    }

    [SkippableFact]
    public void The_png_carries_the_title_legend_and_labels_as_text_like_the_svg()
    {
        Skip.If(!FontsInstalled(), "no font is installed for Skia to draw text with (apt-get install fonts-noto-cjk; .ci/run does it where apt is allowed)");
        var map = PlanMaps.Draw(Example(), MapKind.Layout, "示范县矿产资源勘查开发保护总体布局图")!;
        var (width, _, pixels) = DecodePng(map.Png);
        int Dark(int x0, int y0, int x1, int y1) =>
            Enumerable.Range(y0, y1 - y0).Sum(y => Enumerable.Range(x0, x1 - x0).Count(x => Pixel(pixels, width, x, y) is var (r, g, b) && r + g + b < 300));
        // The title line above the map frame and the legend's heading 图例 right of it are drawn, not left blank.
        Assert.True(Dark(200, 10, 800, 50) > 300, "title pixels: " + Dark(200, 10, 800, 50));
        Assert.True(Dark(800, 55, 1000, 85) > 40, "legend pixels: " + Dark(800, 55, 1000, 85));
    }

    private static bool FontsInstalled() =>
        new[] { "/usr/share/fonts", "/usr/local/share/fonts" }.Any(d => Directory.Exists(d) && Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any());

    [Fact]
    public void Plan_text_in_a_map_is_escaped()
    {
        var plan = Compile.Text(ZoneHeader + $$"""
            区块 X "<script>alert(1)</script>" { 类型: 勘查 边界: [{{Box(40495000, 4495000, 40496000, 4496000)}}] }
            """).Plan!;
        var map = PlanMaps.Draw(SpatialPlan.Read(plan, Repo.Root, _ => null), MapKind.Exploration, "a & <b>")!;
        Assert.DoesNotContain("<script>", map.Svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", map.Svg, StringComparison.Ordinal);
        Assert.Equal("a & <b>", XDocument.Parse(map.Svg).Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void A_plan_without_boundaries_gets_no_map()
    {
        var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(Repo.PathOf("plans/tieling"), Repo.Root)!;
        Assert.Null(PlanMaps.Draw(SpatialPlan.Read(compilation.Plan!, Repo.PathOf("plans/tieling"), compilation.FindSource), MapKind.Layout, "布局图"));
        Assert.Equal(MapKind.Exploration, MapKinds.Of("铁岭市矿产资源勘查规划图"));
        Assert.Null(MapKinds.Of("铁岭市矿产资源分布图"));
    }

    [Fact]
    public void Render_puts_the_maps_in_markdown_files_inline_html_and_word_pictures()
    {
        using var temp = new TempFolder();
        foreach (var format in new[] { "md", "html", "docx" })
        {
            Assert.Equal(0, CliRunner.Run("render", "plans/examples/county", "--format", format, "-o", temp.Path, "--force").ExitCode);
        }

        var md = File.ReadAllText(Path.Combine(temp.Path, "county.md"));
        Assert.Contains("![附图2 示范县矿产资源勘查规划图](county-附图2.svg)", md, StringComparison.Ordinal);
        Assert.Equal("示范县矿产资源勘查规划图", XDocument.Load(Path.Combine(temp.Path, "county-附图2.svg")).Root!.Element(Svg + "title")!.Value);

        var html = File.ReadAllText(Path.Combine(temp.Path, "county.html"));
        Assert.Equal(3, html.Split("<div class=\"figure map\"><svg ").Length - 1);

        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "county.docx"), false);
        var images = doc.MainDocumentPart!.ImageParts.Select(p => p.ContentType).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["image/png", "image/png", "image/png", "image/svg+xml", "image/svg+xml", "image/svg+xml"], images);
        Assert.Equal(3, doc.MainDocumentPart.Document!.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>().Count());

        // The seeds carry no coordinates: their figures stay captions.
        Assert.Equal(0, CliRunner.Run("render", "plans/tieling", "--format", "docx", "-o", temp.Path, "--force").ExitCode);
        using var tieling = WordprocessingDocument.Open(Path.Combine(temp.Path, "tieling.docx"), false);
        Assert.Empty(tieling.MainDocumentPart!.ImageParts);
    }

    /// <summary>RGB bytes of a PNG, decoded by Skia (not by the code under test).</summary>
    private static (int Width, int Height, byte[] Pixels) DecodePng(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        var pixels = new byte[bitmap.Width * bitmap.Height * 3];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var at = ((y * bitmap.Width) + x) * 3;
                (pixels[at], pixels[at + 1], pixels[at + 2]) = (c.Red, c.Green, c.Blue);
            }
        }

        return (bitmap.Width, bitmap.Height, pixels);
    }

    private static (int, int, int) Pixel(byte[] pixels, int width, int x, int y) =>
        (pixels[((y * width) + x) * 3], pixels[(((y * width) + x) * 3) + 1], pixels[(((y * width) + x) * 3) + 2]);

    private static (int, int, int) Blend(string hex)
    {
        int Mix(int c) => (int)Math.Round((255 * 0.3) + (c * 0.7));
        return (Mix(Convert.ToInt32(hex[1..3], 16)), Mix(Convert.ToInt32(hex[3..5], 16)), Mix(Convert.ToInt32(hex[5..7], 16)));
    }
}
