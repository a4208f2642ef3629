using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Precise location (privacy model §5): whether a member of a creator-facing type exposes where
    /// audience members are — coordinates, IP addresses, postal codes, street addresses — and by which path
    /// (<c>RecentViews[].Latitude</c>). Same surfaces and the same subject/audience split as identifiers: a location
    /// belongs to the audience inside rows of a collection, or under an audience name (<c>LastViewerIp</c>).
    /// </summary>
    internal sealed class PreciseLocations
    {
        /// <summary>The location nouns that name a device's address, not a place (a finding's data category, §10).</summary>
        private static readonly string[][] IpAddressNouns = { new[] { "Ip", "Address" }, new[] { "Ip" } };

        /// <summary>
        /// Names of precise locations, as words; the last word may be plural. A name is a location only when one of these
        /// is its head (its last words, trailing digits aside: <c>AddressLine1</c>), so <c>ZipCodeCount</c> is a count.
        /// </summary>
        private static readonly string[][] LocationNouns =
        {
            new[] { "Latitude" }, new[] { "Longitude" }, new[] { "Lat" }, new[] { "Lng" }, new[] { "Lon" },
            new[] { "Coordinate" }, new[] { "Coord" }, new[] { "Geohash" }, new[] { "Geo", "Hash" },
            IpAddressNouns[0], IpAddressNouns[1],
            new[] { "Postal", "Code" }, new[] { "Postcode" }, new[] { "Zip", "Code" }, new[] { "Zipcode" },
            new[] { "Street", "Address" }, new[] { "Address", "Line" }, new[] { "Address" },
        };

        /// <summary>Words that make an address no place: <c>EmailAddress</c>, <c>WalletAddress</c>, <c>MacAddress</c>.</summary>
        private static readonly ImmutableArray<string> NotPlaceAddressWords = ImmutableArray.Create(
            "Email", "Mail", "Web", "Url", "Mac", "Wallet", "Contract", "Memory", "Base", "Server", "Host");

        private readonly NameVocabulary _names;
        private readonly TypeShapes _shapes;
        private readonly RowWalker _rows;

        // Member names repeat across rows and creator-facing types (Id, UserId, CreatedAt): each is read once.
        private readonly Cache<string, LocationName> _locationNames = new(ReadLocationName, StringComparer.Ordinal);

        private readonly AudienceClassifier _audience;
        private readonly ResponseSurfaces _responses;

        public PreciseLocations(NameVocabulary names, TypeShapes shapes, CreatorFacingSurfaces surfaces, AudienceClassifier audience, ResponseSurfaces responses)
        {
            _audience = audience;
            _responses = responses;
            _names = names;
            _shapes = shapes;
            _rows = new RowWalker(shapes, surfaces, IsLocationType, ClassifyRowMember);
        }

        /// <summary>
        /// The path by which a top-level member of a creator-facing type exposes the precise location of audience members,
        /// or null when it is the subject's own location, a coarse dimension or an aggregate.
        /// </summary>
        public string? FindAudienceLocation(ISymbol member, ITypeSymbol type)
        {
            if (!_names.TryReadJudged(member, out var name, out var markers))
            {
                return null;
            }

            // Rows in a collection are other people whatever the collection is called (List<ViewRow> RecentViews).
            var path = _rows.Find(type);
            if (path is { ThroughCollection: true, ThroughRow: true })
            {
                return member.Name + path.Path;
            }

            // A location of its own (IPAddress LastViewerIp, List<string> FollowerPostalCodes, List<GeoPoint>) needs an
            // audience name: VideoLatitude, StudioPostalCode and a plain Latitude are the subject's.
            if (IsLocation(member, markers, type, out var isCollection))
            {
                return name.NamesAudience(isCollection) ? member.Name : null;
            }

            // One row needs an audience name (ViewerSnapshot TopViewer).
            return path is not null && name.NamesAudience(isCollection: false) ? member.Name + path.Path : null;
        }

        /// <summary>
        /// The path by which a member of a response type tells where a person is (privacy model §5): a location in a type
        /// that describes a person (<c>UserDto.Address</c>, <c>NearbyUserDto.Latitude</c>), or in the rows of a collection of
        /// such types. The place of content — a post's or a venue's coordinates — is that content's own.
        /// </summary>
        public string? FindPersonLocation(ISymbol member, ITypeSymbol type, INamedTypeSymbol container)
        {
            if (!_names.TryReadJudged(member, out _, out var markers))
            {
                return null;
            }

            if (IsLocation(member, markers, type, out _))
            {
                return _audience.DescribesPerson(container) ? member.Name : null;
            }

            var path = _rows.Find(type);
            if (path is not { ThroughCollection: true, ThroughRow: true })
            {
                return null;
            }

            // Rows of a response type report their own locations, once.
            var elements = new List<(ITypeSymbol Element, string Segment)>();
            if (_shapes.TryGetElements(TypeShapes.Unwrap(type), elements))
            {
                foreach (var (element, _) in elements)
                {
                    if (_audience.DescribesPerson(element) && !(element is INamedTypeSymbol row && _responses.IsResponseType(row)))
                    {
                        return member.Name + path.Path;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// A precise location by type: <c>System.Net.IPAddress</c> or <c>IPEndPoint</c>, a type named <c>GeoPoint</c> or
        /// <c>GeoCoordinate</c> (any namespace), NetTopologySuite's <c>Point</c>, or a type derived from one of them.
        /// </summary>
        private static bool IsLocationType(ITypeSymbol type)
        {
            for (var current = TypeShapes.Unwrap(type) as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                var matches = current.Name switch
                {
                    "IPAddress" or "IPEndPoint" => IsInNamespace(current, "System.Net"),
                    "GeoPoint" or "GeoCoordinate" => true,
                    "Point" => IsInNamespace(current, "NetTopologySuite.Geometries"),
                    _ => false,
                };
                if (matches)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A name whose head is a precise location (<c>Latitude</c>, <c>ClientIp</c>, <c>FollowerPostalCodes</c>,
        /// <c>AddressLine2</c>), and not the dimension of an aggregate (<c>ViewsByPostalCode</c>).
        /// </summary>
        private enum LocationName
        {
            None,
            Singular,
            PluralHead,
        }

        private static LocationName ReadLocationName(string name) =>
            IsLocationName(name, out var pluralHead) ? (pluralHead ? LocationName.PluralHead : LocationName.Singular) : LocationName.None;

        /// <summary>Whether a location name is an IP address (<c>LastViewerIp</c>, <c>ClientIpAddresses</c>): a device's, not a place.</summary>
        public static bool IsIpAddressName(string name)
        {
            var words = NameWords.Split(name);
            foreach (var noun in IpAddressNouns)
            {
                var start = words.Count - noun.Length;
                if (start >= 0 && EndsWith(words, noun, start, words.Count))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a name's head is a precise location (<c>LastViewerIp</c>, <c>PostalCode</c>), whoever it belongs to.</summary>
        public static bool IsLocationName(string name) => IsLocationName(name, out _);

        private static bool IsLocationName(string name, out bool pluralHead)
        {
            pluralHead = false;
            var words = NameWords.Split(name);
            var end = words.Count;
            while (end > 1 && IsDigits(words[end - 1]))
            {
                end--;
            }

            foreach (var noun in LocationNouns)
            {
                var start = end - noun.Length;
                if (start < 0 || !EndsWith(words, noun, start, end) || (start > 0 && NameWords.IsAny(words[start - 1], NotPlaceAddressWords)))
                {
                    continue;
                }

                for (var i = 0; i < start; i++)
                {
                    if (NameWords.IsAny(words[i], NameVocabulary.DimensionWords))
                    {
                        return false;
                    }
                }

                pluralHead = !NameWords.Is(words[end - 1], noun[noun.Length - 1]);
                return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the member itself holds a precise location, as a value or a collection of values: it carries
        /// <c>[PreciseLocation]</c> (among the <paramref name="markers"/> the caller read), its type is a location type, or its
        /// name is a location on a type that can hold one.
        /// </summary>
        private bool IsLocation(ISymbol member, MemberMarkers markers, ITypeSymbol type, out bool isCollection)
        {
            type = TypeShapes.Unwrap(type);
            var elements = new List<(ITypeSymbol Element, string Segment)>();
            isCollection = _shapes.TryGetElements(type, elements);
            if ((markers & MemberMarkers.PreciseLocation) != 0)
            {
                return true;
            }

            var locationName = _locationNames[member.Name];
            var isNamedLocation = locationName != LocationName.None;
            var pluralHead = locationName == LocationName.PluralHead;
            if (!isCollection)
            {
                return IsLocationType(type) || (isNamedLocation && CanHoldLocation(type, pluralHead));
            }

            foreach (var (element, _) in elements)
            {
                if (IsLocationType(element) || (isNamedLocation && CanHoldLocation(TypeShapes.Unwrap(element), pluralHead: false)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A type a location name can be written in: a string, a number, a location type or a type of the application
        /// (<c>record PostalCode(string Value)</c>). A number under a plural name is a count (<c>int UniqueViewerIps</c>);
        /// flags, enums, dates and other framework types are not locations.
        /// </summary>
        private static bool CanHoldLocation(ITypeSymbol type, bool pluralHead)
        {
            if (TypeShapes.IsString(type) || IsLocationType(type))
            {
                return true;
            }

            if (IsNumber(type))
            {
                return !pluralHead;
            }

            return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named
                && !Symbols.IsFrameworkType(named);
        }

        /// <summary>Inside a row every location counts, whatever it is called: the row is about someone else.</summary>
        private RowMember ClassifyRowMember(ISymbol member, ITypeSymbol memberType)
        {
            if (!_names.TryReadJudged(member, out _, out var markers))
            {
                return RowMember.Skip;
            }

            return IsLocation(member, markers, memberType, out _) ? RowMember.Leaf : RowMember.Descend;
        }

        private static bool IsNumber(ITypeSymbol type) =>
            TypeShapes.IsIntegral(type)
            || type.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

        private static bool IsInNamespace(ITypeSymbol type, string ns) =>
            Symbols.IsNamespace(type.ContainingNamespace, ns);

        private static bool IsDigits(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return word.Length > 0;
        }

        private static bool EndsWith(NameWords words, string[] noun, int start, int end)
        {
            for (var i = 0; i < noun.Length - 1; i++)
            {
                if (!NameWords.Is(words[start + i], noun[i]))
                {
                    return false;
                }
            }

            return NameWords.IsOrPlural(words[end - 1], noun[noun.Length - 1]);
        }
    }
}
