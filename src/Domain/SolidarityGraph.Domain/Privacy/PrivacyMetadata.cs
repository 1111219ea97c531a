using System.Reflection;

namespace SolidarityGraph.Domain.Privacy;

/// <summary>Resolves the effective privacy class of domain types and members (DOMAIN.md §4.2).</summary>
public static class PrivacyMetadata
{
    /// <summary>The class declared on <paramref name="type"/>, or P when none is declared.</summary>
    public static PrivacyClass Of(Type type) =>
        type.GetCustomAttribute<PrivacyAttribute>(inherit: true)?.Class ?? PrivacyClass.P;

    /// <summary>
    /// The stricter of the member's own class and its declaring type's class, so a public-looking member of a
    /// steward-only type (e.g. <c>Entrepreneur.BirthYear</c>) never becomes public by omission.
    /// </summary>
    public static PrivacyClass Of(MemberInfo member)
    {
        var own = member.GetCustomAttribute<PrivacyAttribute>(inherit: true)?.Class ?? PrivacyClass.P;
        var owner = member.ReflectedType ?? member.DeclaringType;
        var ofType = owner is null ? PrivacyClass.P : Of(owner);
        return Stricter(own, ofType);
    }

    /// <summary>The class of a named property of <paramref name="type"/>.</summary>
    public static PrivacyClass Of(Type type, string propertyName)
    {
        var property = type.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{type.Name} has no public property '{propertyName}'.", nameof(propertyName));
        return Of(property);
    }

    /// <summary>True when the class needs the steward policy (S, X or I).</summary>
    public static bool RequiresSteward(PrivacyClass @class) => @class is PrivacyClass.S or PrivacyClass.X or PrivacyClass.I;

    private static PrivacyClass Stricter(PrivacyClass a, PrivacyClass b) => Rank(a) >= Rank(b) ? a : b;

    // Public < aggregate < internal < personal < sensitive.
    private static int Rank(PrivacyClass c) => c switch
    {
        PrivacyClass.P => 0,
        PrivacyClass.A => 1,
        PrivacyClass.I => 2,
        PrivacyClass.S => 3,
        _ => 4,
    };
}
