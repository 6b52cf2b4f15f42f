using MineralPlan.Semantics.Minerals;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The shipped catalog is the national list: the 173 kinds of 《矿产资源分类细目》 with the kinds added since (sources
/// in src/MineralPlan.Semantics/Catalog/minerals.mplan), their sub-kinds and the names plans use.
/// </summary>
public sealed class MineralCatalogTests
{
    private static readonly MineralCatalog Catalog = ShippedCatalog.Minerals;

    [Fact]
    public void The_catalog_holds_the_173_kinds_by_class_13_59_95_6()
    {
        var kinds = Catalog.Entries.Where(e => e.KindOf is not null)
            .GroupBy(e => e.MineralClass!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.KindOf!).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);

        Assert.Equal(13, kinds["energy"]);
        Assert.Equal(59, kinds["metal"]);
        Assert.Equal(95, kinds["nonmetal"]);
        Assert.Equal(6, kinds["water_gas"]);
        // Every kind is itself an entry, so a plan can name the kind as well as its sub-kinds.
        Assert.All(Catalog.Entries.Where(e => e.KindOf is not null).Select(e => e.KindOf!).Distinct(StringComparer.Ordinal),
            kind => Assert.NotNull(Catalog.Find(kind)));
    }

    [Fact]
    public void No_name_or_alias_names_two_entries()
    {
        var names = Catalog.Entries.SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Name: n, Entry: e.Name))).ToList();
        Assert.All(names, n => Assert.Equal(n.Entry, Catalog.Find(n.Name)!.Name));
    }

    [Theory]
    // The minerals a real district plan named that the first catalog lacked (issue "review-grade checking").
    [InlineData("铝土矿", "metal", "铝土矿")]
    [InlineData("页岩气", "energy", "页岩气")]
    [InlineData("重晶石", "nonmetal", "重晶石")]
    [InlineData("硫铁矿", "nonmetal", "硫铁矿")]
    [InlineData("天然气水合物", "energy", "天然气水合物")]
    [InlineData("辉长岩", "nonmetal", "辉长岩")]
    // Sub-kinds plans use, under their 细目 kind.
    [InlineData("水泥用灰岩", "nonmetal", "石灰岩")]
    [InlineData("建筑用砂", "nonmetal", "天然石英砂")]
    [InlineData("饰面用花岗岩", "nonmetal", "花岗岩")]
    [InlineData("岩棉用玄武岩", "nonmetal", "玄武岩")]
    [InlineData("晶质石墨", "nonmetal", "石墨")]
    [InlineData("砂金", "metal", "金")]
    [InlineData("煤成气", "energy", "煤成气")]
    [InlineData("地下水", "water_gas", "地下水")]
    public void A_kind_resolves_with_its_class_and_its_细目_kind(string name, string mineralClass, string kindOf)
    {
        var entry = Catalog.Find(name);
        Assert.NotNull(entry);
        Assert.Equal(mineralClass, entry.MineralClass);
        Assert.Equal(kindOf, entry.KindOf);
    }

    [Theory]
    [InlineData("砖瓦用粘土", "砖瓦用黏土")]
    [InlineData("砖瓦用黏土", "砖瓦用黏土")]
    [InlineData("耐火黏土", "耐火粘土")]
    [InlineData("砂石土", "建筑用砂石")]
    [InlineData("萤石（普通）", "萤石(普通)")]
    [InlineData("铁", "铁矿")]
    public void Spellings_plans_use_find_one_entry(string written, string entry) => Assert.Equal(entry, Catalog.Find(written)?.Name);

    [Fact]
    public void A_name_outside_the_catalog_is_not_found() => Assert.Null(Catalog.Find("仙石"));
}
