using System.Reflection;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>
/// Compares members by declaration, not by how they were reached: <c>p =&gt; p.Id</c> on a derived class and the
/// base class's own <c>Id</c> are different <see cref="MemberInfo"/> objects (their reflected types differ) but one member.
/// </summary>
internal sealed class MemberIdentity : IEqualityComparer<MemberInfo>
{
    public static readonly MemberIdentity Comparer = new();

    public static bool Same(MemberInfo? a, MemberInfo? b) =>
        a is not null && b is not null && a.MetadataToken == b.MetadataToken && a.Module == b.Module;

    public bool Equals(MemberInfo? x, MemberInfo? y) => ReferenceEquals(x, y) || Same(x, y);

    public int GetHashCode(MemberInfo obj) => obj.MetadataToken;
}
