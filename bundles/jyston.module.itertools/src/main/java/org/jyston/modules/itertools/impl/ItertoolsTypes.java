package org.jyston.modules.itertools.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The types of {@code itertools} ({@code itertools.count}, ...), hidden from {@code builtins}. */
@Component(service = BuiltinType.class)
public class ItertoolsTypes implements BuiltinType {
    /** Each type's attribute name in the module and its spec. */
    static List<TypeSpec> all() {
        return List.of(Infinite.countSpec(), Infinite.cycleSpec(), Infinite.repeatSpec(), Terminating.accumulateSpec(),
                Terminating.chainSpec(), Terminating.compressSpec(), Terminating.dropwhileSpec(),
                Terminating.takewhileSpec(), Terminating.filterfalseSpec(), Terminating.isliceSpec(),
                Terminating.starmapSpec(), Terminating.pairwiseSpec(), Terminating.zipLongestSpec(), GroupBy.spec(),
                GroupBy.Grouper.spec(), Tee.spec(), Tee.dataSpec(), Combinatoric.productSpec(),
                Combinatoric.permutationsSpec(), Combinatoric.combinationsSpec(), Combinatoric.cwrSpec());
    }

    @Override
    public List<TypeSpec> specs() {
        return all();
    }
}
