using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The shapes of identifiers and collections: strings, numbers, Guids and strongly typed ids; arrays, collections
    /// and dictionaries with the element types they hold.
    /// </summary>
    internal sealed class TypeShapes
    {
        /// <summary>The path segment of a dictionary's keys.</summary>
        public const string KeysSegment = ".Keys";

        /// <summary>The path segment of a dictionary's values.</summary>
        public const string ValuesSegment = ".Values";

        // Every member of every creator-facing type, row and payload asks for its collection shape, often more than once.
        private readonly Cache<ITypeSymbol, ITypeSymbol?> _enumerableItems;

        // Every record and struct an identifier could be is asked whether it wraps one scalar, which lists its members.
        private readonly Cache<INamedTypeSymbol, bool> _wrapsOneScalar = new(WrapsOneScalar, SymbolEqualityComparer.Default);

        public TypeShapes()
        {
            _enumerableItems = new Cache<ITypeSymbol, ITypeSymbol?>(FindEnumerableItem, SymbolEqualityComparer.Default);
        }

        /// <summary>The value type inside <c>T?</c>, or the type itself.</summary>
        public static ITypeSymbol Unwrap(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;

        public static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

        public static bool IsIntegral(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr => true,
            _ => false,
        };

        public static bool IsGuid(ITypeSymbol type) =>
            type is INamedTypeSymbol { Name: "Guid", Arity: 0, TypeKind: TypeKind.Struct } && Symbols.IsNamespace(type.ContainingNamespace, "System");

        /// <summary>
        /// A strongly typed id of the application: a struct or record named <c>…Id</c> (UserId), or a struct or
        /// record that wraps a single Guid, number or string (<c>record struct ViewerKey(Guid Value)</c>).
        /// </summary>
        public bool IsStronglyTypedId(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class } named
                || named.SpecialType != SpecialType.None
                || Symbols.IsFrameworkType(named))
            {
                return false;
            }

            if (named.Name.Length > 2 && named.Name.EndsWith("Id", System.StringComparison.Ordinal))
            {
                return true;
            }

            return (named.IsRecord || named.IsValueType) && _wrapsOneScalar[named];
        }

        private static bool WrapsOneScalar(INamedTypeSymbol type)
        {
            ITypeSymbol? single = null;
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } or IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public })
                {
                    if (single is not null)
                    {
                        return false;
                    }

                    single = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
                }
            }

            return single is not null && (IsGuid(single) || IsIntegral(single) || IsString(single));
        }

        /// <summary>Whether the type is a collection (<see cref="TryGetElements"/> would find elements), with no list to fill.</summary>
        public bool IsCollection(ITypeSymbol type) =>
            type is IArrayTypeSymbol || (type.SpecialType != SpecialType.System_String && _enumerableItems[type] is not null);

        /// <summary>
        /// The element types of an array, collection or dictionary, each with the path segment that reaches it
        /// (<c>[]</c> for elements, <c>.Keys</c>/<c>.Values</c> for dictionaries). Strings are not collections.
        /// </summary>
        public bool TryGetElements(ITypeSymbol type, List<(ITypeSymbol Element, string Segment)> elements)
        {
            elements.Clear();
            if (type is IArrayTypeSymbol array)
            {
                elements.Add((array.ElementType, "[]"));
                return true;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return false;
            }

            var item = _enumerableItems[type];
            if (item is null)
            {
                return false;
            }

            if (item is INamedTypeSymbol { Name: "KeyValuePair", Arity: 2 } pair && Symbols.IsNamespace(pair.ContainingNamespace, "System.Collections.Generic"))
            {
                elements.Add((pair.TypeArguments[0], KeysSegment));
                elements.Add((pair.TypeArguments[1], ValuesSegment));
            }
            else
            {
                elements.Add((item, "[]"));
            }

            return true;
        }

        private ITypeSymbol? FindEnumerableItem(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named)
            {
                if (IsEnumerableOfT(named))
                {
                    return named.TypeArguments[0];
                }

                // List<FooDto>, List<BarDto>, … share one definition: its interfaces are walked once, and the item is
                // substituted, instead of building the interfaces of every constructed list of the compilation.
                if (!ReferenceEquals(named, named.OriginalDefinition)
                    && TrySubstitute(_enumerableItems[named.OriginalDefinition], named, out var substituted))
                {
                    return substituted;
                }
            }

            foreach (var candidate in type.AllInterfaces)
            {
                if (IsEnumerableOfT(candidate))
                {
                    return candidate.TypeArguments[0];
                }
            }

            return null;
        }

        /// <summary>
        /// The item of a constructed type from its definition's item: <c>T</c> becomes the type argument,
        /// <c>KeyValuePair&lt;TKey, TValue&gt;</c> is constructed with them, a plain named item stays. False for anything
        /// else (an array of <c>T</c>, an outer type's parameter), which is then read from the interfaces.
        /// </summary>
        private static bool TrySubstitute(ITypeSymbol? definitionItem, INamedTypeSymbol constructed, out ITypeSymbol? item)
        {
            item = null;
            if (definitionItem is null)
            {
                return true;
            }

            if (definitionItem is ITypeParameterSymbol parameter)
            {
                return TryMap(parameter, constructed, out item);
            }

            if (definitionItem is not INamedTypeSymbol { ContainingType: null } generic)
            {
                return false;
            }

            if (!generic.IsGenericType)
            {
                item = definitionItem;
                return true;
            }

            var arguments = new ITypeSymbol[generic.TypeArguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var argument = generic.TypeArguments[i];
                if (argument is not ITypeParameterSymbol argumentParameter || !TryMap(argumentParameter, constructed, out var mapped))
                {
                    return false;
                }

                arguments[i] = mapped!;
            }

            item = generic.OriginalDefinition.Construct(arguments);
            return true;
        }

        private static bool TryMap(ITypeParameterSymbol parameter, INamedTypeSymbol constructed, out ITypeSymbol? argument)
        {
            argument = null;
            if (parameter.TypeParameterKind != TypeParameterKind.Type
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, constructed.OriginalDefinition)
                || parameter.Ordinal >= constructed.TypeArguments.Length)
            {
                return false;
            }

            argument = constructed.TypeArguments[parameter.Ordinal];
            return true;
        }

        private static bool IsEnumerableOfT(INamedTypeSymbol type) =>
            type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
    }
}
