using System.Reflection;
using System.Text;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// How CLR names become GraphQL names when no name is given (the Hot Chocolate conventions, so its users feel at home):
/// fields and arguments are camelCase (<c>IATIIdentifier</c> → <c>iatiIdentifier</c>); methods lose a <c>Get</c> prefix
/// and an <c>Async</c> suffix (<c>GetProjectsAsync</c> → <c>projects</c>); enum values are SCREAMING_SNAKE_CASE
/// (<c>InProgress</c> → <c>IN_PROGRESS</c>); types keep the CLR name, generic ones prefixed by their arguments
/// (<c>Edge&lt;Project&gt;</c> → <c>ProjectEdge</c>). <see cref="GraphQLNameAttribute"/> overrides all of them.
/// </summary>
public static class NameConventions
{
    /// <summary>The field name of a property, field or method.</summary>
    public static string FieldName(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }

            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }
        }

        return CamelCase(name);
    }

    /// <summary>The argument name of a resolver method parameter.</summary>
    public static string ArgumentName(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name ?? "arg" + parameter.Position);
    }

    /// <summary>The type name of a CLR type.</summary>
    public static string TypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<GraphQLNameAttribute>(inherit: false) is { } attribute)
        {
            return attribute.Name;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var baseName = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(TypeName)) + baseName;
    }

    /// <summary>The enum value name of a CLR enum member.</summary>
    public static string EnumValueName(string memberName)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        var builder = new StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0 && char.IsUpper(c) && memberName[i - 1] != '_'
                && (!char.IsUpper(memberName[i - 1]) || (i + 1 < memberName.Length && char.IsLower(memberName[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// camelCase of a PascalCase name: the leading upper-case run is lowered, except the last capital of a run
    /// that starts the next word (<c>URLPath</c> → <c>urlPath</c>, <c>ID</c> → <c>id</c>).
    /// </summary>
    public static string CamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return name;
        }

        var lowered = upper == name.Length || upper == 1 || !char.IsLetter(name[upper]) ? upper : upper - 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }
}
