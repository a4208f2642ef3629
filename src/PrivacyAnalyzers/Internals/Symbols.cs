using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Internals
{
    /// <summary>
    /// Facts about symbols that every layer asks: where a type comes from, whether it compiles. Well-known types are
    /// recognised by name and namespace, not resolved with GetTypeByMetadataName: the first such lookup in a compilation
    /// searches every reference, which costs more than all the comparisons it would save.
    /// </summary>
    internal static class Symbols
    {
        /// <summary>
        /// The strings an attribute argument holds: itself, or the elements of an array (<c>params string[]</c>). Reading
        /// <see cref="TypedConstant.Value"/> of an array throws.
        /// </summary>
        public static IEnumerable<string> StringsOf(TypedConstant argument)
        {
            if (argument.Kind == TypedConstantKind.Array)
            {
                foreach (var element in argument.Values)
                {
                    foreach (var text in StringsOf(element))
                    {
                        yield return text;
                    }
                }
            }
            else if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string text)
            {
                yield return text;
            }
        }

        /// <summary>The type of a property or field; null for other members.</summary>
        public static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        /// <summary>
        /// Whether a type is, or is built from, a type that does not resolve (<c>List&lt;Missing&gt;</c>, <c>Missing[]</c>):
        /// such a member is not judged at all. Depth-bounded, so self-referencing generics end.
        /// </summary>
        public static bool ContainsErrorType(ITypeSymbol type, int depth = 0)
        {
            if (type.TypeKind == TypeKind.Error)
            {
                return true;
            }

            if (depth == 16)
            {
                return false;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return ContainsErrorType(array.ElementType, depth + 1);
                case INamedTypeSymbol { IsGenericType: true } generic:
                    foreach (var argument in generic.TypeArguments)
                    {
                        if (ContainsErrorType(argument, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>Types of the platform (System.*, Microsoft.*) whose members are not application data.</summary>
        public static bool IsFrameworkType(ITypeSymbol type)
        {
            var root = type.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }

            return root is { Name: "System" or "Microsoft" };
        }

        /// <summary>
        /// Whether <paramref name="ns"/> is the namespace <paramref name="name"/> ("System.Threading.Tasks"), compared segment
        /// by segment from the innermost: hot paths ask this of every call, and a display string would allocate each time.
        /// </summary>
        public static bool IsNamespace(INamespaceSymbol? ns, string name)
        {
            var end = name.Length;
            for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                var segment = ns.Name;
                var start = end - segment.Length;
                if (start < 0 || string.CompareOrdinal(name, start, segment, 0, segment.Length) != 0)
                {
                    return false;
                }

                if (start == 0)
                {
                    return ns.ContainingNamespace is null or { IsGlobalNamespace: true };
                }

                if (name[start - 1] != '.')
                {
                    return false;
                }

                end = start - 1;
            }

            return false;
        }

        /// <summary>Whether <paramref name="ns"/> is the namespace <paramref name="name"/> or nested in it.</summary>
        public static bool IsWithinNamespace(INamespaceSymbol? ns, string name)
        {
            for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (IsNamespace(ns, name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
