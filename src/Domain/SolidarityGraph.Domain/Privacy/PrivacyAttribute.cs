namespace SolidarityGraph.Domain.Privacy;

/// <summary>
/// Declares the privacy class of an entity type or one of its members. A member without the attribute inherits its
/// type's class; a type without it is public (P). The GraphQL schema reads this to require steward policies.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class PrivacyAttribute(PrivacyClass @class) : Attribute
{
    /// <summary>The declared class.</summary>
    public PrivacyClass Class { get; } = @class;
}
