using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// How a baseline names files: relative to the baseline's folder, with <c>/</c> separators (<c>Studio/Stats.cs</c>,
    /// <c>../Shared/Link.cs</c>), so one file serves every machine and operating system. The suppressor and the build
    /// task both name files this way.
    /// </summary>
    internal static class BaselinePaths
    {
        /// <summary>Windows file names ignore case; the others do not.</summary>
        private static readonly StringComparison NameComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        /// <summary>Whether two full paths name the same file.</summary>
        public static bool SameFile(string path, string other) =>
            string.Equals(Normalize(path), Normalize(other), NameComparison);

        /// <summary><paramref name="file"/> relative to <paramref name="folder"/>, climbing out of it with <c>..</c> where need be.</summary>
        public static string Relative(string folder, string file)
        {
            var from = Segments(folder);
            var to = Segments(file);
            var common = 0;
            while (common < from.Count && common < to.Count && string.Equals(from[common], to[common], NameComparison))
            {
                common++;
            }

            // Different roots (another drive): nothing relative to say.
            if (common == 0)
            {
                return Normalize(file);
            }

            return string.Join("/", Enumerable.Repeat("..", from.Count - common).Concat(to.Skip(common)));
        }

        private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/').TrimEnd('/');

        /// <summary>The root (<c>/</c>, <c>C:</c>) and then each folder and the file.</summary>
        private static List<string> Segments(string path)
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var segments = new List<string> { root.Replace('\\', '/') };
            segments.AddRange(full.Substring(root.Length).Replace('\\', '/').Split('/').Where(segment => segment.Length > 0));
            return segments;
        }
    }
}
