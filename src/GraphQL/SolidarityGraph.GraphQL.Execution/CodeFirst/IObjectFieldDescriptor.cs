using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>Configures a field of an interface (spec §3.7): everything but the resolver.</summary>
public interface IInterfaceFieldDescriptor
{
    /// <summary>Sets the GraphQL name (default: the camelCase member name).</summary>
    IInterfaceFieldDescriptor Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IInterfaceFieldDescriptor Description(string? description);

    /// <summary>Sets the type from a definition, scalar or wrapper class (<c>NonNullType&lt;ListType&lt;…&gt;&gt;</c>), replacing inference.</summary>
    IInterfaceFieldDescriptor Type<TType>()
        where TType : class;

    /// <summary>Sets the type from an SDL type reference such as <c>[Project!]!</c>, replacing inference.</summary>
    IInterfaceFieldDescriptor Type(string sdlType);

    /// <summary>Adds or configures an argument.</summary>
    IInterfaceFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>Marks the field deprecated (spec §3.13.3).</summary>
    IInterfaceFieldDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason);

    /// <summary>Leaves the field out.</summary>
    IInterfaceFieldDescriptor Ignore();
}

/// <summary>Configures a field of an object type (spec §3.6): type, arguments, resolver, middleware and metadata.</summary>
public interface IObjectFieldDescriptor
{
    /// <summary>Sets the GraphQL name (default: the camelCase member name).</summary>
    IObjectFieldDescriptor Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IObjectFieldDescriptor Description(string? description);

    /// <summary>Sets the type from a definition, scalar or wrapper class (<c>NonNullType&lt;ListType&lt;…&gt;&gt;</c>), replacing inference.</summary>
    IObjectFieldDescriptor Type<TType>()
        where TType : class;

    /// <summary>Sets the type from an SDL type reference such as <c>[Project!]!</c>, replacing inference.</summary>
    IObjectFieldDescriptor Type(string sdlType);

    /// <summary>Sets a ready-made type.</summary>
    IObjectFieldDescriptor Type(IType type);

    /// <summary>Adds or configures an argument (a resolver method's parameters are arguments already).</summary>
    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>
    /// Resolves with a delegate. The field type is inferred from <typeparamref name="TResult"/> (<c>Task</c> and
    /// <c>ValueTask</c> unwrapped); lambdas carry no nullability annotations, so reference types are inferred as
    /// nullable unless <see cref="Type{TType}"/> says otherwise.
    /// </summary>
    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver);

    /// <summary>Resolves with a delegate that also receives the request's cancellation token; see <see cref="Resolve{TResult}(Func{IResolverContext, TResult})"/>.</summary>
    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, CancellationToken, TResult> resolver);

    /// <summary>Resolves with a raw field resolver; the type must be given.</summary>
    IObjectFieldDescriptor Resolve(FieldResolver resolver);

    /// <summary>
    /// Resolves with a method of a resolver class, e.g. <c>ResolveWith&lt;ProjectResolvers&gt;(r =&gt; r.GetOwner(default!, default))</c>;
    /// the argument values in the expression are placeholders: parameters are bound by kind (see <see cref="ParentAttribute"/>).
    /// </summary>
    IObjectFieldDescriptor ResolveWith<TResolver>(Expression<Func<TResolver, object?>> method);

    /// <summary>Wraps the resolver: the first middleware added is the outermost.</summary>
    IObjectFieldDescriptor Use(Func<FieldResolver, FieldResolver> middleware);

    /// <summary>Requires an authorization policy (<see langword="null"/>: any authenticated caller); repeated calls must all pass.</summary>
    IObjectFieldDescriptor Authorize(string? policy = null);

    /// <summary>Marks the field deprecated (spec §3.13.3).</summary>
    IObjectFieldDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason);

    /// <summary>Leaves the field out.</summary>
    IObjectFieldDescriptor Ignore();

    /// <summary>Stores an entry in the field's <c>ContextData</c>, for middleware and the server.</summary>
    IObjectFieldDescriptor Metadata(string key, object? value);

    /// <summary>
    /// Applies a directive to the field definition, e.g. <c>@cost</c> or <c>@listSize</c> (see
    /// <see cref="CostDescriptorExtensions"/>); the schema declares the cost directives when a field uses them.
    /// </summary>
    IObjectFieldDescriptor Directive(Language.Ast.DirectiveNode directive);
}

/// <summary>Configures an argument of a field (spec §3.6.1).</summary>
public interface IArgumentDescriptor
{
    /// <summary>Sets the type from a definition, scalar or wrapper class.</summary>
    IArgumentDescriptor Type<TType>()
        where TType : class;

    /// <summary>Sets the type from an SDL type reference such as <c>Int!</c>.</summary>
    IArgumentDescriptor Type(string sdlType);

    /// <summary>Sets the description (Markdown).</summary>
    IArgumentDescriptor Description(string? description);

    /// <summary>Sets the default as a runtime value (a CLR enum value for enums), printed as a literal in SDL.</summary>
    IArgumentDescriptor DefaultValue(object? value);

    /// <summary>Marks the argument deprecated (it must then be optional).</summary>
    IArgumentDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason);
}
