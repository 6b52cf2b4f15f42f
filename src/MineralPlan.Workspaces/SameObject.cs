using System.Runtime.CompilerServices;

namespace MineralPlan.Workspaces;

/// <summary>
/// Cache keys compare results by identity (a cached object is reused, so "the same" means "the same object") and
/// stamps by value. Records' value equality would walk whole syntax trees and models.
/// </summary>
internal sealed class SameObject : IEqualityComparer<object>
{
    public static readonly SameObject Comparer = new();

    public new bool Equals(object? x, object? y) =>
        x is string or long or int ? object.Equals(x, y) : ReferenceEquals(x, y);

    public int GetHashCode(object obj) => obj is string or long or int ? obj.GetHashCode() : RuntimeHelpers.GetHashCode(obj);
}
