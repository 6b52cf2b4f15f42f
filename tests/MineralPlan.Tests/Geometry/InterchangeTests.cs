using MineralPlan.Tests.Infrastructure;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;

namespace MineralPlan.Tests.Geometry;

/// <summary><c>mplan export</c> and <c>mplan import</c>: export → import → export is stable; bad input is a finding.</summary>
public sealed class InterchangeTests
{
    private const string Header = """
        // header
        规划 rt { 标题: "往返测试县" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 坐标系: "CGCS2000 GK3 40" }

        """;

    private const string Items = """
        分区 ZC01 "东山集中开采区" { 类型: 集中开采区 级别: 县级 矿种: 建筑用砂石 面积: 0.96 km2 投放数量: 1 个 最低规模: >= 20 万立方米/年 所在行政区: "往返县" 备注: "注\"释\"" 其他属性: ["图面号" = "3"]
            边界: [[40500000, 4500000, 40501000, 4500000, 40501000, 4501000, 40500000, 4501000, 40500000, 4500000], 挖空 = [40500100, 4500100, 40500300, 4500100, 40500300, 4500300, 40500100, 4500300, 40500100, 4500100]] }
        区块 K1 "甲区块" { 类型: 开采 矿种: [铁矿, 金矿] 面积: 100 公顷 编号: "K-1" 矿类: 金属 边界: "2,4,40502000,4500000,40503000,4500000,40503000,4501000,40502000,4500000,0,0,0,4,40504000,4500000,40505000,4500000,40505000,4501000,40504000,4500000,0,0,0" }
        区块 K2 "乙区块" { 类型: 勘查 级别: 市级 坐标系: "CGCS2000 GK3 CM120" 边界: [[506000, 4500000, 507000, 4500000, 507000, 4501000, 506000, 4500000]] }
        区块 K3 "丙区块" { 类型: 勘查 坐标系: "CGCS2000 lonlat" 边界: [[120.1, 40.64, 120.11, 40.64, 120.11, 40.65, 120.1, 40.64]] }
        区块 "无边界区块" { 类型: 勘查 }

        """;

    [Theory]
    [InlineData("lonlat")]
    [InlineData("native")]
    public void Export_import_export_is_stable(string crs)
    {
        using var temp = new TempFolder();
        temp.Write("a/00_plan.mplan", Header);
        temp.Write("a/10_items.mplan", Items);
        var first = CliRunner.RunIn(temp.Path, "export", "a", "--format", "geojson", "-o", "out/a.geojson", "--crs", crs, "--lang", "en");
        Assert.True(first.ExitCode == 0, first.All);

        temp.Write("b/00_plan.mplan", Header);
        var import = CliRunner.RunIn(temp.Path, "import", "out/a.geojson", "-o", "b/10_items.mplan", "--lang", "en");
        Assert.True(import.ExitCode == 0, import.All);
        var imported = File.ReadAllText(Path.Combine(temp.Path, "b/10_items.mplan"));
        Assert.Equal(imported, MineralPlan.Syntax.Formatting.PlanFormatter.Format(imported, "b/10_items.mplan").Text);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "check", "b").ExitCode);

        var second = CliRunner.RunIn(temp.Path, "export", "b", "-o", "out/b.geojson", "--crs", crs);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "out/a.geojson")), File.ReadAllText(Path.Combine(temp.Path, "out/b.geojson")));
    }

    [Theory]
    [InlineData("lonlat", "GEOGCS[\"CGCS2000\"")]
    [InlineData("native", "PROJCS[\"CGCS2000 GK3 40\"")]
    public void A_shapefile_export_imports_back_to_the_same_declarations(string crs, string prj)
    {
        using var temp = new TempFolder();
        temp.Write("a/00_plan.mplan", Header);
        temp.Write("a/10_items.mplan", Items);
        var first = CliRunner.RunIn(temp.Path, "export", "a", "--format", "shp", "-o", "out/a.shp", "--crs", crs, "--lang", "en");
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("warning: without a valid boundary, not in the shapefile: 无边界区块", first.Error, StringComparison.Ordinal);
        Assert.Contains("4 features in", first.Output, StringComparison.Ordinal);
        Assert.StartsWith(prj, File.ReadAllText(Path.Combine(temp.Path, "out/a.prj")), StringComparison.Ordinal);
        Assert.Equal("UTF-8", File.ReadAllText(Path.Combine(temp.Path, "out/a.cpg")));

        // dBASE names are the short ones the README lists; a short Chinese attribute name is kept as it is.
        var features = Shapefile.ReadAllFeatures(Path.Combine(temp.Path, "out/a.shp"));
        Assert.Equal(4, features.Length);
        var names = features[0].Attributes.GetNames();
        Assert.Contains("ID", names);
        Assert.Contains("AREA_KM2", names);
        Assert.Contains("图面号", names);
        Assert.Equal("东山集中开采区", features[0].Attributes["NAME"].ToString()?.Trim());

        temp.Write("b/00_plan.mplan", Header);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "out/a.shp", "-o", "b/10_items.mplan").ExitCode);
        var imported = File.ReadAllText(Path.Combine(temp.Path, "b/10_items.mplan"));
        Assert.Contains("面积: 0.96 km2", imported, StringComparison.Ordinal);
        Assert.Contains("其他属性: [\"图面号\" = \"3\"]", imported, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "check", "b").ExitCode);

        Assert.Equal(0, CliRunner.RunIn(temp.Path, "export", "b", "--format", "shp", "-o", "again/a.shp", "--crs", crs).ExitCode);
        temp.Write("c/00_plan.mplan", Header);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "again/a.shp", "-o", "c/10_items.mplan").ExitCode);
        Assert.Equal(imported, File.ReadAllText(Path.Combine(temp.Path, "c/10_items.mplan")));
    }

    [Fact]
    public void A_shapefile_export_refuses_before_writing_any_file_when_one_was_not_written_by_mplan()
    {
        using var temp = new TempFolder();
        temp.Write("a/00_plan.mplan", Header);
        temp.Write("a/10_items.mplan", Items);
        temp.Write("out/a.prj", "mine");
        var result = CliRunner.RunIn(temp.Path, "export", "a", "--format", "shp", "-o", "out/a.shp", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("out/a.prj exists and was not written by mplan", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "out/a.shp")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Path, "out/a.prj")));
    }

    [Fact]
    public void The_example_city_round_trips_and_its_features_carry_the_planning_attributes()
    {
        using var temp = new TempFolder();
        var export = CliRunner.RunIn(Repo.Root, "export", "plans/examples/city", "-o", Path.Combine(temp.Path, "city.geojson"), "--lang", "en");
        Assert.True(export.ExitCode == 0, export.All);
        var json = File.ReadAllText(Path.Combine(temp.Path, "city.geojson"));
        Assert.Contains("\"标识\": \"ZKC01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"类型\": \"重点开采区\"", json, StringComparison.Ordinal);
        Assert.Contains("\"面积（km2）\": 20", json, StringComparison.Ordinal);

        temp.Write("p/00_plan.mplan", File.ReadAllText(Repo.PathOf("plans/examples/city/plan.mplan")).Split("\n分区")[0] + "\n");
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "city.geojson", "-o", "p/10_items.mplan").ExitCode);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "export", "p", "-o", "again.geojson").ExitCode);
        Assert.Equal(json, File.ReadAllText(Path.Combine(temp.Path, "again.geojson")));
    }

    [Fact]
    public void A_shapefile_imports_with_its_prj_and_a_kind_from_the_command_line()
    {
        using var temp = new TempFolder();
        var shp = Path.Combine(temp.Path, "zones.shp");
        var attributes = new AttributesTable { { "名称", "西山集中开采区" }, { "QKBH", "X-1" } };
        var polygon = new WKTReader().Read("POLYGON ((40500000 4500000, 40501000 4500000, 40501000 4501000, 40500000 4501000, 40500000 4500000))");
        Shapefile.WriteAllFeatures([new Feature(polygon, attributes)], shp, encoding: System.Text.Encoding.UTF8);
        File.WriteAllText(Path.ChangeExtension(shp, ".prj"),
            "PROJCS[\"CGCS2000_3_Degree_GK_Zone_40\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",40500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        var result = CliRunner.RunIn(temp.Path, "import", "zones.shp", "--kind", "集中开采区", "--level", "县级", "-o", "p/zones.mplan", "--lang", "en");
        Assert.True(result.ExitCode == 0, result.All);
        var text = File.ReadAllText(Path.Combine(temp.Path, "p/zones.mplan"));
        Assert.Contains("分区 \"西山集中开采区\" {", text, StringComparison.Ordinal);
        Assert.Contains("类型: 集中开采区", text, StringComparison.Ordinal);
        Assert.Contains("坐标系: \"CGCS2000 GK3 40\"", text, StringComparison.Ordinal);
        Assert.Contains("其他属性: [\"QKBH\" = \"X-1\"]", text, StringComparison.Ordinal);
        Assert.Contains("40500000, 4500000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_JSON_is_MP4020_at_its_line_and_column()
    {
        using var temp = new TempFolder();
        temp.Write("bad.geojson", "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ oops ]\n}\n");
        var result = CliRunner.RunIn(temp.Path, "import", "bad.geojson", "--kind", "勘查", "-o", "x.mplan", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bad.geojson:3:17: error MP4020: cannot read the GIS file: not valid JSON; give", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("有效", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_are_skipped_with_MP4021_and_a_feature_without_kind_is_MP4022()
    {
        using var temp = new TempFolder();
        temp.Write("l.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"名称": "井口", "类型": "开采"}, "geometry": {"type": "Point", "coordinates": [120.1, 40.6]}},
              {"type": "Feature", "properties": {"名称": "无类型"}, "geometry": {"type": "Polygon", "coordinates": [[[120.1, 40.6], [120.2, 40.6], [120.2, 40.7], [120.1, 40.6]]]}}
            ]}
            """);
        var result = CliRunner.RunIn(temp.Path, "import", "l.geojson", "-o", "x.mplan", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("l.geojson:2:3: warning MP4021: feature #0", result.Error, StringComparison.Ordinal);
        Assert.Contains("l.geojson:3:3: error MP4022: feature #1", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "x.mplan")));

        var withKind = CliRunner.RunIn(temp.Path, "import", "l.geojson", "--kind", "勘查", "-o", "x.mplan", "--lang", "en");
        Assert.Equal(0, withKind.ExitCode);
        Assert.Contains("区块 \"无类型\" {", File.ReadAllText(Path.Combine(temp.Path, "x.mplan")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_and_export_never_overwrite_a_file_they_did_not_write_without_overwrite()
    {
        using var temp = new TempFolder();
        temp.Write("l.geojson", """{"type": "FeatureCollection", "features": []}""");
        temp.Write("mine.mplan", "// hand-written\n");
        var refused = CliRunner.RunIn(temp.Path, "import", "l.geojson", "--kind", "勘查", "-o", "mine.mplan", "--lang", "en");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("exists and was not written by mplan", refused.Error, StringComparison.Ordinal);
        Assert.Equal("// hand-written\n", File.ReadAllText(Path.Combine(temp.Path, "mine.mplan")));
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "l.geojson", "--kind", "勘查", "-o", "mine.mplan", "--overwrite").ExitCode);

        temp.Write("p/plan.mplan", "规划 p { 标题: \"x\" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 }\n");
        temp.Write("hand.geojson", "{}");
        Assert.Equal(2, CliRunner.RunIn(temp.Path, "export", "p", "-o", "hand.geojson").ExitCode);
        Assert.Equal("{}", File.ReadAllText(Path.Combine(temp.Path, "hand.geojson")));
    }

    [Fact]
    public void Export_refuses_invalid_boundaries_unless_forced()
    {
        var refused = CliRunner.Run("export", "plans/examples/county", "-o", "/tmp/never-written.geojson", "--lang", "en");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error MP4001", refused.Error, StringComparison.Ordinal);
        Assert.Contains("pass --force", refused.Error, StringComparison.Ordinal);
    }

    private const string Layer = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "f1", "properties": {"编码": "QK01", "矿区名": "东坡铁矿区", "名称": "不用的名称", "类型": "开采"}, "geometry": {"type": "Polygon", "coordinates": [[[120.1, 40.6], [120.2, 40.6], [120.2, 40.7], [120.1, 40.6]]]}}
        ]}
        """;

    [Fact]
    public void Id_and_name_fields_choose_the_attributes_that_become_the_id_and_the_name()
    {
        using var temp = new TempFolder();
        temp.Write("l.geojson", Layer);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "l.geojson", "-o", "default.mplan").ExitCode);
        var plain = File.ReadAllText(Path.Combine(temp.Path, "default.mplan"));
        Assert.Contains("区块 f1 \"不用的名称\" {", plain, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "l.geojson", "--id-field", "编码", "--name-field", "矿区名", "-o", "chosen.mplan").ExitCode);
        var chosen = File.ReadAllText(Path.Combine(temp.Path, "chosen.mplan"));
        Assert.Contains("区块 QK01 \"东坡铁矿区\" {", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("不用的名称", chosen, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "矿区")]
    [InlineData("--level", "乡级")]
    [InlineData("--crs", "WGS84")]
    public void A_bad_option_value_is_refused_naming_the_option_even_when_the_input_is_fine(string option, string value)
    {
        using var temp = new TempFolder();
        temp.Write("l.geojson", Layer);
        var result = CliRunner.RunIn(temp.Path, "import", "l.geojson", option, value, "-o", "x.mplan", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {option} '{value}'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "x.mplan")));
        // The same file with a good value is accepted.
        var good = option switch { "--kind" => "勘查", "--level" => "县级", _ => "CGCS2000 lonlat" };
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "import", "l.geojson", option, good, "-o", "x.mplan").ExitCode);
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("import", "x.geojson", "--kind", "矿区", "-o", "x.mplan").ExitCode);
        Assert.Equal(2, CliRunner.Run("import", "x.geojson", "--crs", "WGS84", "-o", "x.mplan").ExitCode);
        Assert.Equal(2, CliRunner.Run("import", "no/such.geojson", "-o", "x.mplan").ExitCode);
        Assert.Equal(2, CliRunner.Run("export", "no/such/plan", "-o", "x.geojson").ExitCode);
    }
}
