package org.jyston.runtime.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** Types whose instances the runtime itself makes: the standard text streams, the site builtins' classes. */
@Component(service = BuiltinType.class)
public class RuntimeTypes implements BuiltinType {
    @Override
    public List<TypeSpec> specs() {
        List<TypeSpec> specs = new java.util.ArrayList<>(IoBases.specs());
        specs.addAll(List.of(StringIOObject.spec(), BytesIOObject.spec(), BytesIOObject.bufferSpec(), FileIOObject.spec(), NewlineDecoder.spec(),
                BufferedPair.spec("BufferedRandom"), BufferedPair.spec("BufferedRWPair"), TextStream.spec(), SiteBuiltins.printerSpec(),
                SiteBuiltins.helperSpec(), SiteBuiltins.anextSpec()));
        specs.addAll(OpenFile.specs());
        return specs;
    }
}
