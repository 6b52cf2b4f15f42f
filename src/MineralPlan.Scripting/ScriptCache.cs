using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace MineralPlan.Scripting;

/// <summary>
/// Compiled scripts on disk, keyed by a hash of the script text and of the model assembly it was
/// compiled against, so a warm check loads instead of recompiling (a cold Roslyn compile costs 1-2 s).
/// Folder: $MPLAN_CACHE, else $XDG_CACHE_HOME/mplan, else ~/.cache/mplan.
/// </summary>
internal static class ScriptCache
{
    public static string Folder()
    {
        var root = Environment.GetEnvironmentVariable("MPLAN_CACHE")
            ?? Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "mplan");
        return Path.Combine(root, "scripts");
    }

    public static string Key(string code)
    {
        var model = typeof(Semantics.Model.Plan).Assembly.ManifestModule.ModuleVersionId.ToString();
        var self = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + self + "\n" + code)))[..32];
    }
}
