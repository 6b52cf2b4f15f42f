using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The valid neighbours of each refusal in <see cref="BinderRefusalTests"/>: the edges a value may stand on, and what
/// the model holds for them.
/// </summary>
public sealed class BinderAcceptanceTests
{
    private static Plan Bound(string text)
    {
        var compilation = Compile.Text(text);
        Assert.True(compilation.Diagnostics.IsEmpty, string.Join("; ", compilation.Diagnostics.Select(d => d.Code + " " + d.Message(Language.En))));
        return compilation.Plan!;
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void A_year_may_stand_on_either_edge(int year)
    {
        var plan = Bound(Compile.Header + $"现状 a {{ 年份: {year} }}");
        Assert.Equal(year, Assert.Single(plan.OfType<Fact>()).Year);
    }

    [Theory]
    [InlineData("1900..2200", 1900, 2200)]
    [InlineData("2021..2021", 2021, 2021)]
    public void A_period_may_be_one_year_and_stand_on_the_edges(string period, int from, int to)
    {
        var text = $"规划 p {{ 标题: \"x\" 级别: 县级 规划期: {period} }}";
        var header = Bound(text).Header;
        Assert.Equal((from, to), (header.PeriodFrom, header.PeriodTo));
        Assert.Equal((1, text.IndexOf(period, StringComparison.Ordinal) + 1), (header.PeriodSpan!.Value.Line, header.PeriodSpan.Value.Column));
    }

    [Fact]
    public void The_header_reads_each_of_its_values()
    {
        var header = Bound("""
            规划 p { 标题: "某县规划" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [甲镇, "乙镇"] 编号体例: 条目式
                依据 "矿产资源法" { 文号: 12 }
            }
            """).Header;
        Assert.Equal("p", header.Id);
        Assert.Equal(PlanLevel.County, header.Level);
        Assert.Equal(2020, header.BaseYear);
        Assert.Equal(2035, header.Outlook);
        Assert.Equal(["甲镇", "乙镇"], header.Subregions.AsEnumerable());
        var basis = Assert.Single(header.Basis);
        Assert.Equal(("矿产资源法", "12"), (basis.Title, basis.DocNo));
        Assert.Equal((1, 26), (header.BaseYearSpan!.Value.Line, header.BaseYearSpan.Value.Column));
    }

    [Fact]
    public void A_header_without_an_id_is_the_plan()
    {
        var compilation = Compile.Text("规划 { 标题: \"x\" 级别: 县级 }");
        Assert.Equal("plan", compilation.Plan!.Header.Id);
    }

    [Theory]
    [InlineData("类别: 甲", "甲")]
    [InlineData("类别: \"甲 乙\"", "甲 乙")]
    [InlineData("类别: 12", "12")]
    [InlineData("类别: 12.50", "12.50")]
    public void Text_may_be_a_name_a_string_or_a_plain_number_as_written(string property, string expected)
    {
        var plan = Bound(Compile.Header + $"指标 a {{ {property} }}");
        Assert.Equal(expected, Assert.Single(plan.OfType<Indicator>()).Category);
    }

    [Fact]
    public void An_id_and_a_name_are_read_from_the_labels_in_either_order_or_alone()
    {
        var plan = Bound(Compile.Header + """
            指标 a "甲" { }
            指标 "乙" b { }
            指标 c { }
            指标 "丁" { }
            """);
        Assert.Equal(["a 甲", "b 乙", "c ", " 丁"], plan.OfType<Indicator>().Select(i => i.Id + " " + i.Name));
    }

    [Fact]
    public void A_name_property_stands_in_for_a_missing_name_label()
    {
        var plan = Bound(Compile.Header + "指标 a { 名称: \"甲\" }\n指标 b \"乙\" { 名称: \"丙\" }");
        Assert.Equal(["甲", "乙"], plan.OfType<Indicator>().Select(i => i.Name));
    }

    [Fact]
    public void A_word_may_be_quoted_and_an_alias_reads_as_its_canonical_word()
    {
        var plan = Bound(Compile.Header + "分区 Z { 级别: \"县\" 类型: 重点勘查区 }");
        Assert.Equal(PlanLevel.County, Assert.Single(plan.OfType<Zone>()).Level);
    }

    [Theory]
    [InlineData("计号: 否", false)]
    [InlineData("计号: 是", true)]
    [InlineData("", true)]
    public void A_heading_is_numbered_unless_it_says_no(string property, bool numbered)
    {
        var plan = Bound(Compile.Header + $"章 \"一\" {{ {property} }}");
        Assert.Equal(numbered, Assert.Single(plan.Document).Numbered);
    }

    [Fact]
    public void Headings_nest_with_their_depth_and_keep_paragraphs_and_insertions_in_order()
    {
        var plan = Bound(Compile.Header + """
            表格 t "表" { 列: ["甲"] }
            章 "一" {
                段: "开头"
                节 "（一）" {
                    条 "1" { 款 "（1）" { 段: "最深" } }
                }
                插入: t
                段: "结尾"
            }
            引言 { 段: "前言" }
            """);
        var chapter = plan.Document[0];
        Assert.Equal((1, "一"), (chapter.Depth, chapter.Title));
        Assert.Collection(
            chapter.Content,
            n => Assert.Equal("开头", Assert.IsType<TextLiteral>(Assert.Single(Assert.IsType<Paragraph>(n).Text.Pieces)).Text),
            n =>
            {
                var section = Assert.IsType<Heading>(n);
                Assert.Equal((2, "（一）"), (section.Depth, section.Title));
                var item = Assert.IsType<Heading>(Assert.Single(section.Content));
                var sub = Assert.IsType<Heading>(Assert.Single(item.Content));
                Assert.Equal((3, 4, "（1）"), (item.Depth, sub.Depth, sub.Title));
            },
            n => Assert.Equal("t", Assert.IsType<Insertion>(n).Target.Text),
            n => Assert.IsType<Paragraph>(n));
        var preamble = plan.Document[1];
        Assert.Equal((1, string.Empty, false), (preamble.Depth, preamble.Title, preamble.Numbered));
    }

    [Fact]
    public void A_ratio_reads_a_numerator_and_a_denominator_or_a_whole_alone()
    {
        var plan = Bound(Compile.Header + """
            现状 all { 值: 10 个 }
            现状 some { 值: 4 个 }
            现状 r1 { 值: 40 % 比值: [some, all] }
            现状 r2 { 值: 40 % 比值: [all] }
            """);
        var r1 = plan.OfType<Fact>().Single(f => f.Id == "r1");
        Assert.Equal(("some", "all"), (r1.Numerator!.Text, r1.Denominator!.Text));
        var r2 = plan.OfType<Fact>().Single(f => f.Id == "r2");
        Assert.Null(r2.Numerator);
        Assert.Equal("all", r2.Denominator!.Text);
    }

    [Theory]
    [InlineData("勘查", "exploration")]
    [InlineData("重点勘查区", "key_exploration")]
    public void A_count_counts_a_block_kind_or_a_zone_kind(string kind, string subject)
    {
        var plan = Bound(Compile.Header + $"数量 n {{ 类型: {kind} 总数: 1 个 }}");
        Assert.Equal(subject, Assert.Single(plan.OfType<DeclaredCount>()).Subject);
    }

    [Theory]
    [InlineData("指标", "indicators", null)]
    [InlineData("重点勘查区", "zones", "key_exploration")]
    [InlineData("勘查", "blocks", "exploration")]
    public void A_table_source_is_a_collection_a_zone_kind_or_a_block_kind(string from, string source, string? kind)
    {
        var table = Assert.Single(Bound(Compile.Header + $"表格 t {{ 来源: {from} }}").OfType<PlanTable>());
        Assert.Equal((source, kind), (table.Source, table.SourceKind));
        Assert.Equal(TableKind.Table, table.TableKind);
    }

    [Fact]
    public void A_table_reads_columns_with_and_without_fields_cells_of_each_kind_items_and_notes()
    {
        var plan = Bound(Compile.Header + """
            指标 a { 值: 3 个 }
            表格 t {
                列: ["名称", 值 = "数值", 面积 = 面积]
                条目: [a]
                行: ["甲{a}", 3 个, a]
                备注: "注：{a}"
            }
            """);
        var table = Assert.Single(plan.OfType<PlanTable>());
        Assert.Equal(["名称|", "值|数值", "面积|面积"], table.Columns.Select(c => c.Header + "|" + c.Field));
        Assert.Equal("a", Assert.Single(table.Selection).Text);
        var row = Assert.Single(table.Rows);
        Assert.NotNull(row[0].Template);
        Assert.Equal(3m, row[1].Quantity!.Value);
        Assert.Equal("a", row[2].Reference!.Text);
        Assert.IsType<TextHole>(Assert.Single(table.Notes).Pieces[1]);
    }

    [Fact]
    public void A_table_cell_without_braces_has_no_template()
    {
        var table = Assert.Single(Bound(Compile.Header + "表格 t { 行: [\"甲\"] }").OfType<PlanTable>());
        Assert.Null(table.Rows[0][0].Template);
    }

    [Fact]
    public void Other_attributes_keep_text_and_show_quantities_as_written()
    {
        var zone = Assert.Single(Bound(Compile.Header + "分区 Z { 类型: 重点勘查区 其他属性: [甲 = \"x\", 乙 = 3 万吨, 丙 = y] }").OfType<Zone>());
        Assert.Equal(["甲=x", "乙=3万吨", "丙=y"], zone.Attributes.Select(a => a.Key + "=" + a.Value));
    }

    [Fact]
    public void A_labelled_list_keeps_each_label_and_quantity_in_order()
    {
        var indicator = Assert.Single(Bound(Compile.Header + "指标 a { 值: 3 个 分解: [甲 = 1 个, 乙 = 2 个] }").OfType<Indicator>());
        Assert.Equal(["甲=1", "乙=2"], indicator.Allocation.Select(a => a.Label + "=" + a.Quantity.Value));
    }

    [Theory]
    [InlineData("[[0, 0, 1, 0, 1, 1], 挖空 = [0.2, 0.2, 0.5, 0.2, 0.5, 0.5]]", 2, true)]
    [InlineData("[[0, 0, 1, 0, 1, 1], hole = [0.2, 0.2, 0.5, 0.2, 0.5, 0.5]]", 2, true)]
    [InlineData("[[0, 0, 1, 0, 1, 1], 外环 = [0.2, 0.2, 0.5, 0.2, 0.5, 0.5]]", 2, false)]
    [InlineData("[[0, 0, 1, 0, 1, 1]]", 1, false)]
    public void A_boundary_reads_rings_and_holes(string rings, int count, bool hole)
    {
        var zone = Assert.Single(Bound(Compile.Header + $"分区 Z {{ 类型: 重点勘查区 边界: {rings} }}").OfType<Zone>());
        var boundary = zone.Boundary!;
        Assert.Equal(count, boundary.Rings.Length);
        Assert.Equal(hole, boundary.Rings[^1].IsHole);
        Assert.False(boundary.Rings[0].IsHole);
        Assert.Equal(3, boundary.Rings[0].Points.Length);
        Assert.Equal((1m, 1m), (boundary.Rings[0].Points[2].X, boundary.Rings[0].Points[2].Y));
    }

    [Fact]
    public void A_point_s_span_runs_from_its_x_to_its_y()
    {
        var zone = Assert.Single(Bound(Compile.Header + "分区 Z { 类型: 重点勘查区 边界: [[10, 20, 30, 40, 50, 60]] }").OfType<Zone>());
        var point = zone.Boundary!.Rings[0].Points[1];
        Assert.Equal((2, 32, 2, 38), (point.Span.Line, point.Span.Column, point.Span.EndLine, point.Span.EndColumn));
        Assert.Equal(6, point.Span.Length);
    }

    [Theory]
    [InlineData("\"zones.geojson#ZK01\"", null, "zones.geojson#ZK01")]
    [InlineData("\" zones.shp#3\"", null, " zones.shp#3")]
    [InlineData("\"1,4000000.0,41000000.0,#\"", "1,4000000.0,41000000.0,#", null)]
    [InlineData("\"1,4000000.0,41000000.0\"", "1,4000000.0,41000000.0", null)]
    public void A_boundary_text_is_a_feature_or_a_packed_corner_point_string(string text, string? packed, string? feature)
    {
        var zone = Assert.Single(Compile.Text(Compile.Header + $"分区 Z {{ 类型: 重点勘查区 边界: {text} 坐标系: \"CGCS2000\" }}").Plan!.OfType<Zone>());
        Assert.Equal((packed, feature, "CGCS2000"), (zone.Boundary!.Packed, zone.Boundary.FeatureRef, zone.Boundary.Crs));
    }

    [Fact]
    public void A_coordinate_system_alone_gives_a_boundary_with_no_shape()
    {
        var header = Bound("规划 p { 标题: \"x\" 级别: 县级 坐标系: \"CGCS2000\" }").Header;
        Assert.Equal("CGCS2000", header.Boundary!.Crs);
        Assert.Empty(header.Boundary.Rings);
        Assert.Equal(1, header.Boundary.Span.Line);
        Assert.Null(Bound("规划 p { 标题: \"x\" 级别: 县级 }").Header.Boundary);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("3", 3)]
    public void A_mineral_definition_reads_its_registration_class(string written, int registration)
    {
        var files = new[] { PlanParser.Parse(Compile.Header + $"矿种定义 \"某矿\" {{ 登记类别: {written} 别名: [某矿石] 所属矿种: 铁矿 }}", "m.mplan") };
        var (_, minerals) = PlanBinder.Bind(files, ShippedCatalog.Minerals, new DiagnosticBag(), "test");
        var entry = Assert.Single(minerals);
        Assert.Equal(("某矿", registration, "铁矿", "m.mplan"), (entry.Name, entry.RegistrationClass, entry.KindOf, entry.Source));
        Assert.Equal("某矿石", Assert.Single(entry.Aliases));
    }

    [Fact]
    public void A_mineral_the_plan_defines_is_known_to_every_file_of_the_plan()
    {
        var files = new[]
        {
            PlanParser.Parse(Compile.Header + "指标 a { 矿种: 某矿石 }", "a.mplan"),
            PlanParser.Parse("矿种定义 \"某矿\" { 别名: [某矿石] }", "b.mplan"),
        };
        var diagnostics = new DiagnosticBag();
        var (plan, _) = PlanBinder.Bind(files, ShippedCatalog.Minerals, diagnostics, "test");
        Assert.Empty(diagnostics.ToImmutable());
        Assert.Equal("某矿", Assert.Single(plan!.OfType<Indicator>()).Minerals[0].Entry!.Name);
    }

    [Fact]
    public void An_unknown_mineral_is_kept_as_written_with_MP1009()
    {
        var compilation = Compile.Text(Compile.Header + "指标 a { 矿种: [金矿, 仙石] }");
        var finding = Assert.Single(compilation.Diagnostics, d => d.Code == "MP1009");
        Assert.Equal((2, 17), (finding.Span.Line, finding.Span.Column));
        var minerals = Assert.Single(compilation.Plan!.OfType<Indicator>()).Minerals;
        Assert.Equal(["金矿", "仙石"], minerals.Select(m => m.Written));
        Assert.Null(minerals[1].Entry);
        Assert.NotNull(minerals[0].Entry);
    }

    [Theory]
    [InlineData("现状")]
    [InlineData("分区")]
    [InlineData("区块")]
    [InlineData("项目")]
    public void A_name_label_wins_over_a_name_property_and_the_property_stands_in_without_one(string keyword)
    {
        var plan = Compile.Text(Compile.Header + $"{keyword} a \"甲\" {{ 名称: \"乙\" }}\n{keyword} b {{ 名称: \"丙\" }}").Plan!;
        Assert.Equal(["甲", "丙"], plan.Items.Select(i => i.Name));
    }

    [Fact]
    public void A_figure_is_named_by_its_label_or_else_its_title()
    {
        var plan = Bound(Compile.Header + "附图 a \"甲\" { 标题: \"乙\" 比例尺: \"1:50000\" 备注: \"注\" }\n附图 b { 标题: \"丙\" }");
        var figures = plan.OfType<Figure>().ToList();
        Assert.Equal(["甲", "丙"], figures.Select(f => f.Name));
        Assert.Equal(("1:50000", "注"), (figures[0].Scale, figures[0].Note));
    }

    [Fact]
    public void Common_properties_bind_on_every_item_kind_that_has_them()
    {
        var plan = Bound(Compile.Header + """
            最低开采规模 m { 矿山类型: 新建 值: 5 万吨/年 约合: 3 万立方米/年 落实: 上级.m 备注: "注" 其他属性: [甲 = "乙"] }
            """);
        var scale = Assert.Single(plan.OfType<MinScale>());
        Assert.Equal(("上级.m", "注", "甲=乙"), (scale.Carries!.Text, scale.Note, scale.Attributes[0].Key + "=" + scale.Attributes[0].Value));
        Assert.Equal((5m, 3m), (scale.Value!.Value, scale.Approx!.Value));
    }

    [Fact]
    public void A_title_label_may_follow_an_id()
    {
        var plan = Bound(Compile.Header + "章 c1 \"一\" { }");
        Assert.Equal("一", Assert.Single(plan.Document).Title);
    }

    [Fact]
    public void Labels_of_the_wrong_shape_keep_the_first_id_and_the_first_name()
    {
        var compilation = Compile.Text(Compile.Header + "指标 a b \"甲\" \"乙\" { }\n章 { }\n印发通知 { }\n规划 { 依据 { } }");
        var indicator = Assert.Single(compilation.Plan!.OfType<Indicator>());
        Assert.Equal(("a", "甲"), (indicator.Id, indicator.Name));
        Assert.Equal(string.Empty, Assert.Single(compilation.Plan.Document).Title);
        Assert.Equal(string.Empty, compilation.Plan.Notice!.Title);
    }

    [Fact]
    public void A_basis_without_a_title_is_an_empty_title()
    {
        var compilation = Compile.Text("规划 p { 标题: \"x\" 级别: 县级 依据 { 文号: \"国发〔2021〕1号\" } }");
        var basis = Assert.Single(compilation.Plan!.Header.Basis);
        Assert.Equal((string.Empty, "国发〔2021〕1号"), (basis.Title, basis.DocNo));
    }

    [Fact]
    public void The_header_keeps_where_its_parent_title_is_written()
    {
        var header = Bound("规划 p { 标题: \"x\" 级别: 县级 上级标题: \"甲省规划\" }").Header;
        Assert.Equal("甲省规划", header.ParentTitle);
        Assert.Equal((1, 29), (header.ParentTitleSpan!.Value.Line, header.ParentTitleSpan.Value.Column));
    }

    [Fact]
    public void A_mineral_definition_without_a_name_is_refused_and_kept_with_an_empty_name()
    {
        var diagnostics = new DiagnosticBag();
        var files = new[] { PlanParser.Parse(Compile.Header + "矿种定义 { 别名: [某矿石] }", "m.mplan") };
        var entry = Assert.Single(PlanBinder.Bind(files, ShippedCatalog.Minerals, diagnostics, "test").Minerals);
        Assert.Equal(string.Empty, entry.Name);
        Assert.Contains(diagnostics.ToImmutable(), d => d.Code == "MP1014");
    }

    [Fact]
    public void A_folder_of_no_files_is_MP1012_at_the_folder()
    {
        var diagnostics = new DiagnosticBag();
        var (plan, _) = PlanBinder.Bind([], ShippedCatalog.Minerals, diagnostics, "plans/empty");
        Assert.Null(plan);
        var finding = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("MP1012", "plans/empty"), (finding.Code, finding.Span.File));
    }

    [Fact]
    public void A_row_keeps_a_refused_cell_empty_in_its_place()
    {
        var table = Assert.Single(Compile.Text(Compile.Header + "表格 t { 行: [\"甲\", [1, 2], \"乙\"] }").Plan!.OfType<PlanTable>());
        Assert.Equal(["甲", "", "乙"], table.Rows[0].Select(c => c.Text));
        Assert.Equal(2, table.Rows[0][1].Span.Line);
    }

    [Fact]
    public void A_mineral_definition_reads_its_class_measure_and_unit()
    {
        var files = new[] { PlanParser.Parse(Compile.Header + "矿种定义 \"某矿\" { 矿类: 非金属 默认计量: 矿石量 默认单位: \"万吨\" }", "m.mplan") };
        var entry = Assert.Single(PlanBinder.Bind(files, ShippedCatalog.Minerals, new DiagnosticBag(), "test").Minerals);
        Assert.Equal(("nonmetal", "ore", "万吨", null), (entry.MineralClass, entry.DefaultMeasure, entry.DefaultUnit, entry.RegistrationClass));
    }

    [Theory]
    [InlineData("\"甲乙\"", "甲乙", null)]
    [InlineData("\"zones.geojson\"", "zones.geojson", null)]
    public void A_boundary_text_without_a_feature_mark_is_a_packed_string(string text, string? packed, string? feature)
    {
        var zone = Assert.Single(Compile.Text(Compile.Header + $"分区 Z {{ 类型: 重点勘查区 边界: {text} }}").Plan!.OfType<Zone>());
        Assert.Equal((packed, feature), (zone.Boundary!.Packed, zone.Boundary.FeatureRef));
    }

    [Fact]
    public void An_inner_ring_label_is_a_hole_too()
    {
        var zone = Assert.Single(Bound(Compile.Header + "分区 Z { 类型: 重点勘查区 边界: [[0, 0, 4, 0, 4, 4], 内环 = [1, 1, 2, 1, 2, 2]] }").OfType<Zone>());
        Assert.True(zone.Boundary!.Rings[1].IsHole);
    }

    [Fact]
    public void Every_heading_depth_takes_numbered_and_repeated_paragraphs_and_insertions()
    {
        var plan = Bound(Compile.Header + """
            表格 t { }
            章 "一" { 计号: 否 段: "a" 段: "b" 插入: t 插入: t
                节 "二" { 计号: 否 段: "a" 段: "b" 插入: t 插入: t
                    条 "三" { 计号: 否 段: "a" 段: "b" 插入: t 插入: t
                        款 "四" { 计号: 否 段: "a" 段: "b" 插入: t 插入: t }
                    }
                }
            }
            引言 { 段: "甲" 段: "乙" }
            """);
        var heading = plan.Document[0];
        for (var depth = 1; depth <= 4; depth++)
        {
            Assert.False(heading.Numbered);
            Assert.Equal(2, heading.Content.OfType<Paragraph>().Count());
            Assert.Equal(2, heading.Content.OfType<Insertion>().Count());
            heading = heading.Content.OfType<Heading>().SingleOrDefault() ?? heading;
        }

        Assert.Equal(2, plan.Document[1].Content.Length);
    }

    [Fact]
    public void A_notice_reads_each_of_its_values()
    {
        var notice = Bound(Compile.Header + "印发通知 \"关于印发规划的通知\" { 文号: \"喀政发〔2022〕1号\" 主送: \"各乡镇\" 段: \"一\" 段: \"二\" 发布机关: \"县政府\" 日期: \"2022年1月\" }").Notice!;
        Assert.Equal(("关于印发规划的通知", "喀政发〔2022〕1号", "各乡镇", "县政府", "2022年1月"), (notice.Title, notice.DocNo, notice.Addressee, notice.Issuer, notice.Date));
        Assert.Equal(2, notice.Paragraphs.Length);
    }
}
