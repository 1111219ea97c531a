namespace SolidarityGraph.GraphQL.Types;

/// <summary>Checks GraphQL names (spec §2.1.9: <c>Name : NameStart NameContinue*</c>).</summary>
public static class Names
{
    /// <summary>Whether <paramref name="name"/> matches <c>/^[_A-Za-z][_0-9A-Za-z]*$/</c>.</summary>
    public static bool IsValid(string? name) => name is not null && Problem(name) is null;

    /// <summary>Returns <paramref name="name"/> when it is a valid name, otherwise throws with graphql-js's wording.</summary>
    /// <exception cref="ArgumentException">The name is empty or contains characters outside <c>[_0-9A-Za-z]</c>.</exception>
    public static string Assert(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var problem = Problem(name);
        return problem is null ? name : throw new ArgumentException(problem, nameof(name));
    }

    private static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "Expected name to be a non-empty string.";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
            {
                return $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.";
            }
        }

        return IsNameStart(name[0]) ? null : $"Names must start with [_a-zA-Z] but \"{name}\" does not.";
    }

    private static bool IsNameStart(char c) => c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsNameContinue(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
