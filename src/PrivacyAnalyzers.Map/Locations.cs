using System.IO;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Map
{
    /// <summary>Places in the map as a build prints them (mapped through <c>#line</c>), relative to the project's folder.</summary>
    internal static class Locations
    {
        public static MapLocation Of(Location location, string folder)
        {
            if (location.Kind == LocationKind.None)
            {
                return new MapLocation(string.Empty, 0, 0);
            }

            var span = location.GetMappedLineSpan();
            var path = span.Path ?? string.Empty;
            if (Path.IsPathRooted(path) && Path.IsPathRooted(folder))
            {
                // Named as the privacy baseline names files: relative, with '/' separators.
                path = BaselinePaths.Relative(folder, path);
            }

            return new MapLocation(path.Replace('\\', '/'), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }
    }
}
