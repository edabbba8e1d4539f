package io.github.segmentkit.core.column;

import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.IADD;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IF_ICMPGE;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.PUTSTATIC;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.BooleanBinding;
import io.github.segmentkit.api.schema.CategoricalBinding;
import io.github.segmentkit.api.schema.DateBinding;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.GeoPointBinding;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import io.github.segmentkit.api.schema.TimestampBinding;
import io.github.segmentkit.core.codegen.HiddenClasses;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Generates the {@link ColumnFill} of one schema: for each attribute a static method that loops over a block of
 * customers and hands each to its writer's {@code writeFrom} together with the attribute's binding, read from a
 * {@code static final} field. The JIT treats such a field as a constant; bindings are records, whose fields it trusts
 * too, so it knows the extractor's exact class in every loop and inlines it, where the writers' own loops (one per
 * writer class, shared by all its attributes) call it through an interface table.
 *
 * <p>The code depends on the schema's shape only: how many attributes, and of which kinds. The bindings reach the
 * class as its class data ({@link Lookup#defineHiddenClassWithClassData}); nothing of a definition is written into the
 * code. The class is hidden and unloaded with the last reference to its fill.
 */
final class ColumnFillGenerator {
    /**
     * The most attributes one class fills: {@code fill} calls one method per attribute in about 12 bytes of
     * bytecode, and the JIT does not compile a method of more than 8,000 bytes.
     */
    static final int MAX_COLUMNS = 512;

    private static final String CLASS = "io/github/segmentkit/core/column/GeneratedColumnFill";
    private static final String FILL = Type.getInternalName(ColumnFill.class);
    private static final String WRITER = Type.getInternalName(ColumnWriter.class);
    private static final String COLUMN = "(L" + WRITER + ";[Ljava/lang/Object;III)V";

    /** The binding class each writer class's {@code writeFrom} takes. */
    private static final Map<Class<?>, Class<?>> BINDING_OF_WRITER = Map.of(
            LongWriter.class, LongBinding.class,
            DoubleWriter.class, DoubleBinding.class,
            DateWriter.class, DateBinding.class,
            CategoricalWriter.class, CategoricalBinding.class,
            TimestampWriter.class, TimestampBinding.class,
            BooleanWriter.class, BooleanBinding.class,
            TagsWriter.class, TagsBinding.class,
            GeoWriter.class, GeoPointBinding.class);

    private ColumnFillGenerator() {
    }

    /** Whether a schema of {@code columns} attributes can be generated. */
    static boolean fits(int columns) {
        return columns <= MAX_COLUMNS;
    }

    /**
     * A new fill class for builders with writers of the classes of {@code writers}, reading through their bindings,
     * defined and instantiated.
     *
     * @throws IllegalStateException when the runtime cannot define the class
     */
    @SuppressWarnings("unchecked")   // the class data is typed by the generated code's casts
    static <T> ColumnFill<T> generate(List<ColumnWriter<T>> writers) {
        Class<?>[] writerClasses = new Class<?>[writers.size()];
        Object[] bindings = new Object[writers.size()];
        for (int c = 0; c < writers.size(); c++) {
            writerClasses[c] = writers.get(c).getClass();
            AttributeBinding<T> binding = writers.get(c).binding();
            if (!bindingClass(writerClasses[c]).isInstance(binding)) {
                throw new IllegalArgumentException("column " + c + ": " + writerClasses[c].getSimpleName()
                        + " with " + binding);
            }
            bindings[c] = binding;
        }
        byte[] bytes = bytes(writerClasses);
        try {
            Lookup fill = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, bindings, true);
            return (ColumnFill<T>) fill.findConstructor(fill.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the column code of a schema of " + writers.size()
                    + " attributes; the system property " + ColumnFill.COLUMN_CODE_PROPERTY
                    + "=interpreted builds tables without it", e);
        }
    }

    /** The class file of a fill for writers of {@code writerClasses}, in schema order. */
    static byte[] bytes(Class<?>[] writerClasses) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // frames merge only equal types here; never load a class to find out
                return "java/lang/Object";
            }
        };
        writer.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, CLASS, null, FILL, null);
        for (int c = 0; c < writerClasses.length; c++) {
            writer.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, binding(c), bindingDescriptor(writerClasses[c]),
                    null, null).visitEnd();
        }
        classInitializer(writer, writerClasses);
        HiddenClasses.constructor(writer, FILL);
        for (int c = 0; c < writerClasses.length; c++) {
            columnMethod(writer, c, writerClasses[c]);
        }
        MethodVisitor fill = writer.visitMethod(0, "fill", "([L" + WRITER + ";[Ljava/lang/Object;III)V", null, null);
        fill.visitCode();
        for (int c = 0; c < writerClasses.length; c++) {
            fill.visitVarInsn(ALOAD, 1);
            HiddenClasses.push(fill, c);
            fill.visitInsn(AALOAD);
            fill.visitVarInsn(ALOAD, 2);
            fill.visitVarInsn(ILOAD, 3);
            fill.visitVarInsn(ILOAD, 4);
            fill.visitVarInsn(ILOAD, 5);
            fill.visitMethodInsn(INVOKESTATIC, CLASS, column(c), COLUMN, false);
        }
        fill.visitInsn(RETURN);
        fill.visitMaxs(0, 0);
        fill.visitEnd();
        MethodVisitor generated = writer.visitMethod(0, "isGenerated", "()Z", null, null);
        generated.visitCode();
        generated.visitInsn(ICONST_1);
        generated.visitInsn(IRETURN);
        generated.visitMaxs(0, 0);
        generated.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * {@code static void columnC(ColumnWriter w, Object[] block, int offset, int count, int index)}: for each
     * {@code i < count}, {@code ((W) w).writeFrom(BINDING_C, block[offset + i], index + i)}.
     */
    private static void columnMethod(ClassWriter writer, int c, Class<?> writerClass) {
        String writerName = Type.getInternalName(writerClass);
        MethodVisitor method = writer.visitMethod(ACC_PRIVATE | ACC_STATIC, column(c), COLUMN, null, null);
        method.visitCode();
        method.visitVarInsn(ALOAD, 0);
        method.visitTypeInsn(CHECKCAST, writerName);
        method.visitVarInsn(ASTORE, 5);
        method.visitInsn(ICONST_0);
        method.visitVarInsn(ISTORE, 6);
        Label test = new Label();
        Label done = new Label();
        method.visitLabel(test);
        method.visitVarInsn(ILOAD, 6);
        method.visitVarInsn(ILOAD, 3);
        method.visitJumpInsn(IF_ICMPGE, done);
        method.visitVarInsn(ALOAD, 5);
        method.visitFieldInsn(GETSTATIC, CLASS, binding(c), bindingDescriptor(writerClass));
        method.visitVarInsn(ALOAD, 1);
        method.visitVarInsn(ILOAD, 2);
        method.visitVarInsn(ILOAD, 6);
        method.visitInsn(IADD);
        method.visitInsn(AALOAD);
        method.visitVarInsn(ILOAD, 4);
        method.visitVarInsn(ILOAD, 6);
        method.visitInsn(IADD);
        method.visitMethodInsn(INVOKEVIRTUAL, writerName, "writeFrom",
                "(" + bindingDescriptor(writerClass) + "Ljava/lang/Object;I)V", false);
        method.visitIincInsn(6, 1);
        method.visitJumpInsn(GOTO, test);
        method.visitLabel(done);
        method.visitInsn(RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    /** {@code <clinit>}: each binding of the class data into its field. */
    private static void classInitializer(ClassWriter writer, Class<?>[] writerClasses) {
        MethodVisitor init = writer.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        HiddenClasses.loadClassData(init, 0);
        for (int c = 0; c < writerClasses.length; c++) {
            init.visitVarInsn(ALOAD, 0);
            HiddenClasses.push(init, c);
            init.visitInsn(AALOAD);
            init.visitTypeInsn(CHECKCAST, Type.getInternalName(bindingClass(writerClasses[c])));
            init.visitFieldInsn(PUTSTATIC, CLASS, binding(c), bindingDescriptor(writerClasses[c]));
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    private static Class<?> bindingClass(Class<?> writerClass) {
        Class<?> binding = BINDING_OF_WRITER.get(writerClass);
        if (binding == null) {
            throw new IllegalArgumentException("no generated fill for " + writerClass.getSimpleName());
        }
        return binding;
    }

    private static String bindingDescriptor(Class<?> writerClass) {
        return Type.getDescriptor(bindingClass(writerClass));
    }

    private static String binding(int c) {
        return "binding" + c;
    }

    private static String column(int c) {
        return "column" + c;
    }
}
