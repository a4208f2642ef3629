using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PrivacyAnalyzers.Baseline;

namespace PrivacyAnalyzers.Build
{
    /// <summary>What the baseline tasks share: the baseline's path, and where the compiler wrote its SARIF log.</summary>
    public abstract class PrivacyBaselineTask : Task
    {
        /// <summary>The command that writes the baseline from the current findings.</summary>
        protected const string UpdateCommand = "dotnet build -p:PrivacyBaseline=update";

        /// <summary>The baseline's full path (<c>$(PrivacyBaselineFile)</c>).</summary>
        [Required]
        public string BaselineFile { get; set; } = string.Empty;

        /// <summary><c>$(ErrorLog)</c>: <c>path[,version=2.1]</c>, relative to the project's folder.</summary>
        public string ErrorLog { get; set; } = string.Empty;

        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>
        /// The project's source files (<c>@(Compile)</c>). One baseline may serve a whole solution: each project records
        /// and judges only the entries of its own files.
        /// </summary>
        public ITaskItem[] SourceFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project's source files as the baseline names them.</summary>
        protected HashSet<string> ProjectFiles() =>
            new(SourceFiles.Select(file => BaselinePaths.Relative(BaselineFolder, Path.Combine(ProjectDirectory, file.ItemSpec))), StringComparer.Ordinal);

        /// <summary>The SARIF log's full path, or null when the build writes none.</summary>
        protected string? LogPath
        {
            get
            {
                var path = ErrorLog.Split(',')[0].Trim();
                return path.Length == 0 ? null : Path.GetFullPath(Path.Combine(ProjectDirectory, path));
            }
        }

        protected string BaselineFolder => Path.GetDirectoryName(Path.GetFullPath(BaselineFile)) ?? ProjectDirectory;
    }
}
