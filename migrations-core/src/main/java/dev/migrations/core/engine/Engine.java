package dev.migrations.core.engine;

import dev.migrations.core.api.CurrentResult;
import dev.migrations.core.api.DowngradeResult;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.api.UpgradeResult;

import java.util.List;

/** Runs the facade's commands. */
public final class Engine {

    private final Settings settings;

    public Engine(Settings settings) {
        this.settings = settings;
    }

    public RevisionResult revision(RevisionRequest request) { throw new UnsupportedOperationException("revision"); }
    public RevisionResult merge(List<String> revisions, String message, String revId) { throw new UnsupportedOperationException("merge"); }
    public UpgradeResult upgrade(String target) { throw new UnsupportedOperationException("upgrade"); }
    public DowngradeResult downgrade(String target) { throw new UnsupportedOperationException("downgrade"); }
    public CurrentResult current() { throw new UnsupportedOperationException("current"); }
    public List<RevisionInfo> history(String range) { throw new UnsupportedOperationException("history"); }
    public List<RevisionInfo> heads() { throw new UnsupportedOperationException("heads"); }
    public List<RevisionInfo> branches() { throw new UnsupportedOperationException("branches"); }
    public RevisionInfo show(String revision) { throw new UnsupportedOperationException("show"); }
    public StampResult stamp(String target, boolean purge) { throw new UnsupportedOperationException("stamp"); }
    public String sql(String range) { throw new UnsupportedOperationException("sql"); }
}
