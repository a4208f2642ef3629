using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Structural questions about types, with the well-known types resolved once per compilation.</summary>
    internal sealed class TypeShapes
    {
        private readonly INamedTypeSymbol? _enumerableOfT;
        private readonly INamedTypeSymbol? _keyValuePair;
        private readonly INamedTypeSymbol? _guid;

        public TypeShapes(Compilation compilation)
        {
            _enumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
            _keyValuePair = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
            _guid = compilation.GetTypeByMetadataName("System.Guid");
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

        public bool IsGuid(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, _guid);

        /// <summary>
        /// A strongly typed id of the application: a struct or record named <c>…Id</c> (UserId), or a struct or
        /// record that wraps a single Guid, number or string (<c>record struct ViewerKey(Guid Value)</c>).
        /// </summary>
        public bool IsStronglyTypedId(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class } named
                || named.SpecialType != SpecialType.None
                || IsFrameworkType(named))
            {
                return false;
            }

            if (named.Name.Length > 2 && named.Name.EndsWith("Id", System.StringComparison.Ordinal))
            {
                return true;
            }

            return (named.IsRecord || named.IsValueType) && WrapsOneScalar(named);
        }

        private bool WrapsOneScalar(INamedTypeSymbol type)
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

            if (type.SpecialType == SpecialType.System_String || _enumerableOfT is null)
            {
                return false;
            }

            var item = FindEnumerableItem(type);
            if (item is null)
            {
                return false;
            }

            if (item is INamedTypeSymbol pair && SymbolEqualityComparer.Default.Equals(pair.OriginalDefinition, _keyValuePair))
            {
                elements.Add((pair.TypeArguments[0], ".Keys"));
                elements.Add((pair.TypeArguments[1], ".Values"));
            }
            else
            {
                elements.Add((item, "[]"));
            }

            return true;
        }

        private ITypeSymbol? FindEnumerableItem(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _enumerableOfT))
            {
                return named.TypeArguments[0];
            }

            foreach (var candidate in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, _enumerableOfT))
                {
                    return candidate.TypeArguments[0];
                }
            }

            return null;
        }
    }
}
