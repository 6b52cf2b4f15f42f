using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The properties no shipped plan uses (上级标题, 资源储量, 所在行政区, 按矿种, 计量, 单位文本, 其中, 对应, 矿种定义's fields …),
/// each written once in a synthetic plan: the plan binds without a finding and its model is a reviewed baseline, so a
/// property read under the wrong key or into the wrong field shows up as a diff.
/// </summary>
public sealed class EveryPropertyTests
{
    private const string Folder = "tests/MineralPlan.Tests/Cases/every-property";

    [Fact]
    public void Every_rarely_used_property_binds_into_its_field()
    {
        var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(Repo.PathOf(Folder), Repo.Root);
        Assert.NotNull(compilation?.Plan);
        Assert.Empty(compilation.Diagnostics);
        Baseline.Match(ModelDump.Write(compilation.Plan), "model/every-property.model.txt");
    }
}
