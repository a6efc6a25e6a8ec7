package org.jyston.modules.posix.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/** The {@code errno} module: Linux's error names and values, and {@code errorcode}. */
@Component(service = ModuleProvider.class)
public class ErrnoModule implements ModuleProvider {
    @Override
    public String name() {
        return "errno";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module makes available standard errno system symbols.\n\n"
                + "The value of each symbol is the corresponding integer value,\n"
                + "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
                + "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
                + "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
                + "Symbols that are not relevant to the underlying system are not defined.\n\n"
                + "To map error codes to error messages, use the function os.strerror(),\n"
                + "e.g. os.strerror(2) could return 'No such file or directory'.");
        PyDict errorcode = new PyDict();
        for (int i = 0; i < ErrnoTable.CODES.length; i++) {
            errorcode.put((long) ErrnoTable.CODES[i], ErrnoTable.CODE_NAMES[i]);
        }
        d.put("errorcode", errorcode);
        for (int i = 0; i < ErrnoTable.NAMES.length; i++) {
            d.put(ErrnoTable.NAMES[i], (long) ErrnoTable.VALUES[i]);
        }
    }
}
