using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Seed;

/// <summary>
/// The stable keys declared in a seed file (<c>org:setec</c>, <c>project:mano-a-mano</c>) and the entity ids
/// derived from them. Deriving ids with <see cref="EntityId.FromKey"/> is what makes re-running the loader idempotent.
/// </summary>
internal sealed class SeedKeys
{
    private readonly Dictionary<string, (NodeKind Kind, string Label)> _declared = new(StringComparer.Ordinal);

    /// <summary>The entity id for a key.</summary>
    public static string IdOf(string key) => EntityId.FromKey(key);

    /// <summary>Registers the key of <paramref name="scope"/>'s record; blank and duplicate keys are errors.</summary>
    public void Declare(RecordScope scope, NodeKind kind)
    {
        var key = scope.Required(scope.Key, "id");
        if (key.Any(char.IsWhiteSpace))
        {
            throw scope.Error("id", $"'{key}' must not contain whitespace.");
        }

        if (!_declared.TryAdd(key, (kind, scope.Label)))
        {
            throw scope.Error("id", $"duplicate id: already declared by {_declared[key].Label}.");
        }
    }

    /// <summary>The kind declared for a key, or null when the file does not declare it.</summary>
    public NodeKind? KindOf(string key) => _declared.TryGetValue(key, out var entry) ? entry.Kind : null;

    /// <summary>Resolves a required reference to a record of one of the <paramref name="expected"/> kinds.</summary>
    public string Resolve(RecordScope scope, string? key, string field, params NodeKind[] expected) =>
        ResolveOptional(scope, scope.Required(key, field), field, expected)!;

    /// <summary>Resolves an optional reference; null stays null.</summary>
    public string? ResolveOptional(RecordScope scope, string? key, string field, params NodeKind[] expected)
    {
        if (key is null)
        {
            return null;
        }

        var kind = KindOf(key) ?? throw scope.Error(field, $"refers to unknown id '{key}'.");
        if (expected.Length > 0 && !expected.Contains(kind))
        {
            throw scope.Error(field, $"'{key}' is of kind {kind}; expected {string.Join(" or ", expected)}.");
        }

        return IdOf(key);
    }

    /// <summary>Resolves a reference to any declared record, as a citation or classification subject.</summary>
    public SubjectRef Subject(RecordScope scope, string? key, string field, params NodeKind[] expected)
    {
        var id = Resolve(scope, key, field, expected);
        return new SubjectRef(KindOf(key!)!.Value, id);
    }
}
